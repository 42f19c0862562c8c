package org.allianceledger.businesscase;

import java.util.Optional;

/** Lets other aggregates' rules ask whether a business case was approved, for which function, and whether it still stands. */
public interface ApprovedBusinessCases {

    Optional<ApprovedCase> find(String caseId);

    /**
     * @param standing approved and neither superseded nor withdrawn
     * @param version  the case's version now: 1 at approval, one more per option change
     */
    record ApprovedCase(String caseId, String functionId, boolean standing, int version) {
    }
}
