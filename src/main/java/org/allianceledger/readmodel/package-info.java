/** How views are kept and read at a point in valid and transaction time. */
@ApplicationModule(displayName = "Read models", allowedDependencies = {"alliance", "cli"})
package org.allianceledger.readmodel;

import org.springframework.modulith.ApplicationModule;
