package org.allianceledger.web;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceledger.readmodel.EventLookup;
import org.allianceledger.store.LedgerEventStorageEngine;
import org.allianceledger.store.LedgerSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The events as stored, for an auditor who wants the record itself, not a projection of it; and by
 * position, for the views that read an event's long text back from the store.
 */
@Component
public class StoredEvents implements EventLookup {

    private static final ObjectWriter PRETTY = LedgerSerializer.JSON.writerWithDefaultPrettyPrinter();

    private final EventStore eventStore;
    private final Serializer serializer;
    private final MongoTemplate store;
    private final LedgerEventStorageEngine engine;
    private final EventEntryConfiguration fields = EventEntryConfiguration.getDefault();

    StoredEvents(EventStore eventStore, Serializer serializer, MongoTemplate store, LedgerEventStorageEngine engine) {
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.store = store;
        this.engine = engine;
    }

    /** One stored event with its stream position, its stable type name and revision. */
    public record StoredEvent(String aggregateId, long sequenceNumber, String type, String revision, String eventId,
                              Instant recordedAt, Object payload, Map<String, Object> metadata) {

        /** The payload as indented JSON, as a page prints it. */
        public String payloadJson() {
            try {
                return PRETTY.writeValueAsString(payload);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A stored event's payload could not be written as JSON", e);
            }
        }
    }

    /** Every event of one aggregate, in the order it was recorded; empty if nothing was recorded under that id. */
    public List<StoredEvent> stream(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(this::toStoredEvent).toList();
    }

    /** The aggregate the event with this id belongs to. */
    public Optional<String> aggregateOf(String eventId) {
        Document event = store.eventCollection().find(eq(fields.eventIdentifierProperty(), eventId)).first();
        return Optional.ofNullable(event).map(found -> found.getString(fields.aggregateIdentifierProperty()));
    }

    @Override
    public Map<Long, EventText> textAt(Collection<Long> positions, List<String> payloadPaths, List<String> metaDataKeys) {
        Map<String, List<String>> payload = keys(fields.payloadProperty(), payloadPaths);
        Map<String, List<String>> metaData = keys(fields.metaDataProperty(), metaDataKeys);
        List<String> asked = new ArrayList<>(List.of(fields.eventIdentifierProperty()));
        payload.values().forEach(key -> asked.add(String.join(".", key)));
        metaData.values().forEach(key -> asked.add(String.join(".", key)));
        Map<Long, EventText> found = new HashMap<>();
        for (Document stored : engine.documentsAt(positions, asked.toArray(String[]::new))) {
            found.put(stored.getLong(LedgerEventStorageEngine.POSITION), new EventText(stored.getString(fields.eventIdentifierProperty()),
                    text(stored, payload), text(stored, metaData)));
        }
        return found;
    }

    /** Each name, and its key in the stored document: under {@code field}, its dotted path followed. */
    private static Map<String, List<String>> keys(String field, List<String> names) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        names.forEach(name -> {
            List<String> key = new ArrayList<>(List.of(field));
            key.addAll(List.of(name.split("\\.")));
            keys.put(name, key);
        });
        return keys;
    }

    private static Map<String, String> text(Document stored, Map<String, List<String>> keys) {
        Map<String, String> text = new HashMap<>();
        keys.forEach((name, key) -> {
            if (stored.getEmbedded(key, Object.class) instanceof String value) {
                text.put(name, value);
            }
        });
        return text;
    }

    private StoredEvent toStoredEvent(DomainEventMessage<?> event) {
        var type = serializer.typeForClass(event.getPayloadType());
        return new StoredEvent(event.getAggregateIdentifier(), event.getSequenceNumber(), type.getName(),
                type.getRevision(), event.getIdentifier(), event.getTimestamp(), event.getPayload(), event.getMetaData());
    }
}
