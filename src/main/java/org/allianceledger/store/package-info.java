/** The event store on MongoDB (or the embedded engine) and how events are serialized. */
@ApplicationModule(displayName = "Store", allowedDependencies = {"alliance"})
package org.allianceledger.store;

import org.springframework.modulith.ApplicationModule;
