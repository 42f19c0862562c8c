/** Every decision of every feature: the register and the timeline. */
@ApplicationModule(displayName = "Decisions", allowedDependencies = {"alliance", "function", "readmodel", "web"})
package org.allianceledger.decisions;

import org.springframework.modulith.ApplicationModule;
