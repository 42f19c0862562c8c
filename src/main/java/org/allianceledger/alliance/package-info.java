/** The shared vocabulary of the alliance: forces, bodies, dates, money, decisions and their contexts. */
@ApplicationModule(displayName = "Alliance vocabulary", allowedDependencies = {})
package org.allianceledger.alliance;

import org.springframework.modulith.ApplicationModule;
