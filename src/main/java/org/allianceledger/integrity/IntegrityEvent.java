package org.allianceledger.integrity;

/** What the ledger records about its own record, not about the alliance: no decision register files these. */
public sealed interface IntegrityEvent permits IntegritySealed, IntegrityCheckpointed {
}
