/** Collaborated functions: proposal, go-live, leadership, business as usual. */
@ApplicationModule(displayName = "Functions", allowedDependencies = {"alliance", "readmodel", "recording", "web"})
package org.allianceledger.function;

import org.springframework.modulith.ApplicationModule;
