package org.allianceledger.alliance;

/**
 * Every event of the ledger records one decision or fact. Each aggregate's sealed event interface
 * extends this, so the compiler makes every new event type say what it is about and, in one line,
 * what it records: the decision register needs nothing else to file it.
 */
public interface RecordedDecision {

    DecisionContext decision();

    Subject subject();

    /** One line that a reader of the register understands without the event's fields. */
    String summary();
}
