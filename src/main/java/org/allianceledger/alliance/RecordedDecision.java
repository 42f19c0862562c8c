package org.allianceledger.alliance;

import java.util.Optional;

/**
 * Every event of the ledger records one decision or fact. Each aggregate's sealed event interface
 * extends this, so the compiler makes every new event type say what it is about and, in one line,
 * what it records: with the kind its record declares as {@link PublicName}, the decision register
 * needs nothing else to file it.
 */
public interface RecordedDecision {

    DecisionContext decision();

    Subject subject();

    /**
     * One line that a reader of the register understands without the event's fields: things by
     * their names, codes in words, and nothing said of a value the event does not have.
     */
    String summary(Names names);

    /** The name this event gives its subject, where it gives one: the register files the subject's later events under it. */
    default Optional<String> nameGiven(Names names) {
        return Optional.empty();
    }

    /**
     * The collaborated function this event names, where it names one: the function's own events and
     * the events that open an agreement, a business case or a savings ledger for it. The register
     * files the subject's later events under the same function.
     */
    default Optional<String> concernedFunction() {
        return Optional.empty();
    }
}
