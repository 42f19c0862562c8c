/** The hash chain, seals, signed exports and the log's Merkle tree, checkpoints and proofs that make the record verifiable. */
@ApplicationModule(displayName = "Integrity", allowedDependencies = {"alliance", "cli", "command", "store", "web"})
package org.allianceledger.integrity;

import org.springframework.modulith.ApplicationModule;
