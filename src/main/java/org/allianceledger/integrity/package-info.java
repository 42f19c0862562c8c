/** The hash chain, seals and signed exports that make the record verifiable. */
@ApplicationModule(displayName = "Integrity", allowedDependencies = {"cli", "command", "store", "web"})
package org.allianceledger.integrity;

import org.springframework.modulith.ApplicationModule;
