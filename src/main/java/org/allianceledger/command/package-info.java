/** The write path every feature's commands take: reading, checking, idempotency and versions. */
@ApplicationModule(displayName = "Recording", allowedDependencies = {"alliance", "store"})
package org.allianceledger.command;

import org.springframework.modulith.ApplicationModule;
