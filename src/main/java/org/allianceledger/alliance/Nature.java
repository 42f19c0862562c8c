package org.allianceledger.alliance;

/**
 * What an entry asserts. A figure or a status that a document reports is not somebody's decision,
 * and a go-live "due in 2018" is not a go-live: the register keeps the three apart.
 */
public enum Nature {
    /** Somebody decided it, on the date given. */
    DECISION,
    /** A document reports it as a fact (a figure, a status, an event) on its own date. */
    REPORTED,
    /** A document says it is planned or expected; it may never have happened. */
    PLANNED
}
