/** Loading the shipped history files through the command path. */
@ApplicationModule(displayName = "Shipped history", allowedDependencies = {"alliance", "businesscase", "cli", "command"})
package org.allianceledger.history;

import org.springframework.modulith.ApplicationModule;
