/** Where the sources contradict each other. */
@ApplicationModule(displayName = "Disagreements", allowedDependencies = {"alliance", "readmodel", "web"})
package org.allianceledger.disagreement;

import org.springframework.modulith.ApplicationModule;
