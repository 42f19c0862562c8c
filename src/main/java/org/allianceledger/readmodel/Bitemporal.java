package org.allianceledger.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

import org.allianceledger.alliance.DecisionContext;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * When an event's decision took effect (valid time: the first day its date could mean) and when it
 * was recorded (transaction time), with its place in its stream and in the store. A read sees what
 * took effect by its {@code asOf}, was recorded by its {@code knownAt} and stood in the store when it
 * began; and folds it in valid-time order, so a decision recorded late, or a correction, lands where
 * it belongs in time.
 */
public record Bitemporal(LocalDate validFrom, Instant recordedAt, long sequence, long position) implements Comparable<Bitemporal> {

    private static final Comparator<Bitemporal> VALID_TIME_ORDER = Comparator.comparing(Bitemporal::validFrom)
            .thenComparing(Bitemporal::recordedAt).thenComparingLong(Bitemporal::sequence).thenComparingLong(Bitemporal::position);

    /** The times of {@code message}, which comes from the event store with its position there. */
    public static Bitemporal of(EventMessage<?> message, DecisionContext decision) {
        if (!(message instanceof TrackedEventMessage<?> tracked) || tracked.trackingToken().position().isEmpty()) {
            throw new IllegalArgumentException("A read model takes in events from the event store, with their position; "
                    + message.getIdentifier() + " has none");
        }
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        return new Bitemporal(decision.decidedOn().earliest(), message.getTimestamp(), sequence,
                tracked.trackingToken().position().getAsLong());
    }

    public boolean visibleAt(PointInTime at) {
        return !validFrom.isAfter(at.asOf()) && !recordedAt.isAfter(at.knownAt()) && position <= at.through();
    }

    @Override
    public int compareTo(Bitemporal other) {
        return VALID_TIME_ORDER.compare(this, other);
    }
}
