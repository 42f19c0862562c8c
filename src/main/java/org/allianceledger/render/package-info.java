/** Every view written to files, as the pages show them. */
@ApplicationModule(displayName = "Rendered views", allowedDependencies = {"agreement", "alliance", "businesscase", "cli", "decisions", "disagreement", "function", "readmodel", "review", "savings", "web"})
package org.allianceledger.render;

import org.springframework.modulith.ApplicationModule;
