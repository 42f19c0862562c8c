package org.allianceledger.review;

/** Who looked: an outside reviewer (Concerto), internal audit (RSM), or the alliance's own officers. */
public enum ReviewKind {
    EXTERNAL_REVIEW, INTERNAL_AUDIT, INTERNAL_REVIEW
}
