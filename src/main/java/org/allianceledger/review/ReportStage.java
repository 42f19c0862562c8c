package org.allianceledger.review;

/** A draft report can be followed by the final one; nothing follows the final report. */
public enum ReportStage {
    DRAFT, FINAL
}
