package org.allianceledger.readmodel;

import java.util.Collection;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;

/**
 * The events the store holds at given positions, as a view took them in: what a view that keeps an
 * event's long text in the store rather than in memory reads it back from, for the rows a read shows.
 */
@FunctionalInterface
public interface EventLookup {

    /** The events at {@code positions}, by position; a position that holds none is left out. */
    Map<Long, EventMessage<?>> eventsAt(Collection<Long> positions);
}
