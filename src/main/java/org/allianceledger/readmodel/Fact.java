package org.allianceledger.readmodel;

import org.allianceledger.alliance.RecordedDecision;
import org.axonframework.eventhandling.EventMessage;

/** One event as a view takes it in: what it says, and its times. */
public record Fact<E extends RecordedDecision>(String eventId, E event, Bitemporal time) {

    public static <E extends RecordedDecision> Fact<E> of(E event, EventMessage<?> message) {
        return new Fact<>(message.getIdentifier(), event, Bitemporal.of(message, event.decision()));
    }
}
