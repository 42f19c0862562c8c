/** Governance bodies and the financial principles. */
@ApplicationModule(displayName = "Governance", allowedDependencies = {"alliance"})
package org.allianceledger.governance;

import org.springframework.modulith.ApplicationModule;
