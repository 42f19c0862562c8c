package org.allianceledger.readmodel;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The text of the events the store holds at given positions: what a view that keeps an event's long
 * text in the store rather than in memory reads back, for the rows a read shows.
 */
@FunctionalInterface
public interface EventLookup {

    /**
     * The text at {@code payloadPaths} (dotted, into the payload as stored) and under {@code metaDataKeys} of the
     * events at {@code positions}, with each event's id, by position; a position that holds no event is left out, and
     * so is a path or key that holds no text. Only those fields are read, as stored: the event is neither read whole
     * nor upcast (a page of rows asked for whole events spent half its time reading them), so a path must name text
     * no upcaster rewrites.
     */
    Map<Long, EventText> textAt(Collection<Long> positions, List<String> payloadPaths, List<String> metaDataKeys);

    /** An event's id, and its text by the payload path and the metadata key it was asked for under. */
    record EventText(String eventId, Map<String, String> payload, Map<String, String> metaData) {
    }
}
