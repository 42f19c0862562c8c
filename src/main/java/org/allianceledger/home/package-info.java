/** The front door: where the record stands and the way to each view. */
@ApplicationModule(displayName = "Home page", allowedDependencies = {"agreement", "decisions", "disagreement", "function", "readmodel", "review", "web"})
package org.allianceledger.home;

import org.springframework.modulith.ApplicationModule;
