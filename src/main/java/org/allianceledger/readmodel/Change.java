package org.allianceledger.readmodel;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceledger.alliance.DecisionContext;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;

/**
 * One event's effect on one row of a read model, kept as a row of its own: the key of the row it
 * changes, when the change took effect (the decision's date) and when it was recorded, and the
 * fields it sets, the list items it appends and the list items it adds once. A {@link ChangeLog}
 * folds these rows, in valid-time order, into the state as of any date and as known at any instant.
 */
public final class Change {

    public static final String SET = "set";
    static final String APPEND = "append";
    static final String UNION = "union";

    private final String eventId;
    private final String key;
    private final String validFrom;
    private final Instant recordedAt;
    private final long sequence;
    private final long position;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Object> set = new LinkedHashMap<>();
    private final Map<String, Object> append = new LinkedHashMap<>();
    private final Map<String, Object> union = new LinkedHashMap<>();

    private Change(String eventId, String key, String validFrom, Instant recordedAt, long sequence, long position) {
        this.eventId = eventId;
        this.position = position;
        this.key = key;
        this.validFrom = validFrom;
        this.recordedAt = recordedAt;
        this.sequence = sequence;
    }

    /**
     * The change {@code message} makes to the row {@code key}, in force from the decision's date. The
     * message comes from the event store, so it carries its position there, by which reads take it in.
     */
    public static Change of(EventMessage<?> message, String key, DecisionContext decision) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        if (!(message instanceof TrackedEventMessage<?> tracked) || tracked.trackingToken().position().isEmpty()) {
            throw new IllegalArgumentException("A read model takes in events from the event store, with their position; "
                    + message.getIdentifier() + " has none");
        }
        return new Change(message.getIdentifier(), key, decision.decidedOn().earliest().toString(),
                message.getTimestamp(), sequence, tracked.trackingToken().position().getAsLong());
    }

    /** A field stored beside the change, for filtering rows before they are folded. */
    public Change field(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    public Change set(String name, Object value) {
        set.put(name, value);
        return this;
    }

    public Change append(String name, Object value) {
        append.put(name, value);
        return this;
    }

    public Change union(String name, Collection<?> values) {
        union.put(name, List.copyOf(values));
        return this;
    }

    Document toRow(RowMapper mapper) {
        Document row = new Document(ChangeLog.ID, eventId)
                .append(ChangeLog.KEY, key)
                .append(ChangeLog.VALID_FROM, validFrom)
                .append(ChangeLog.RECORDED_AT, Date.from(recordedAt))
                .append(ChangeLog.SEQUENCE, sequence)
                .append(ChangeLog.POSITION, position);
        fields.forEach((name, value) -> row.append(name, mapper.toBson(value)));
        return row.append(SET, mapper.toBson(set))
                .append(APPEND, mapper.toBson(append))
                .append(UNION, mapper.toBson(union));
    }
}
