/** Budget reductions and the savings timeline. */
@ApplicationModule(displayName = "Savings", allowedDependencies = {"alliance", "businesscase", "function", "readmodel", "recording", "web"})
package org.allianceledger.savings;

import org.springframework.modulith.ApplicationModule;
