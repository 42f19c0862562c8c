/** Business cases, version by version, and their forecasts. */
@ApplicationModule(displayName = "Business cases", allowedDependencies = {"alliance", "function", "readmodel", "recording", "web"})
package org.allianceledger.businesscase;

import org.springframework.modulith.ApplicationModule;
