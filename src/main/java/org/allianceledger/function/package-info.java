/** Collaborated functions: proposal, go-live, leadership, business as usual. */
@ApplicationModule(displayName = "Functions", allowedDependencies = {"alliance", "readmodel", "web"})
package org.allianceledger.function;

import org.springframework.modulith.ApplicationModule;
