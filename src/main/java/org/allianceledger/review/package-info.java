/** Reviews and audits, their recommendations and progress. */
@ApplicationModule(displayName = "Reviews", allowedDependencies = {"alliance", "command", "readmodel", "recording", "web"})
package org.allianceledger.review;

import org.springframework.modulith.ApplicationModule;
