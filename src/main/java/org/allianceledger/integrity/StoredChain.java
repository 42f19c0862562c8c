package org.allianceledger.integrity;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.allianceledger.store.LedgerEventStorageEngine;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/** The events as MongoDB holds them, read as the hash chain sees them: no deserialization, no upcasting. */
@Component
public class StoredChain {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    static final Comparator<ChainedEvent> STREAM_ORDER = Comparator.comparing(ChainedEvent::aggregateId)
            .thenComparingLong(ChainedEvent::sequence);

    /** The embedded engine answers a whole collection in one reply unless asked for batches, past the driver's limit on a large record. */
    private static final int BATCH = 1_000;

    private final MongoTemplate store;
    private final EventEntryConfiguration fields = EventEntryConfiguration.getDefault();

    StoredChain(MongoTemplate store) {
        this.store = store;
    }

    /** Every stored event, stream by stream in sequence order. */
    public List<ChainedEvent> all() {
        List<ChainedEvent> events = new ArrayList<>();
        store.eventCollection().find(LedgerEventStorageEngine.holdsEvent()).batchSize(BATCH).forEach(document -> events.add(read(document)));
        events.sort(STREAM_ORDER);
        return events;
    }

    /** The hash stored with one event of a stream. */
    Optional<String> hashOf(String aggregateId, long sequence) {
        Document document = store.eventCollection()
                .find(eq(LedgerEventStorageEngine.STREAM_POSITION, LedgerEventStorageEngine.streamPosition(aggregateId, sequence))).first();
        return Optional.ofNullable(document).map(this::read).map(ChainedEvent::storedHash);
    }

    private ChainedEvent read(Document document) {
        return new ChainedEvent(document.getString(fields.eventIdentifierProperty()),
                document.getString(fields.aggregateIdentifierProperty()),
                document.get(fields.sequenceNumberProperty(), Number.class).longValue(),
                document.getString(fields.payloadTypeProperty()), document.getString(fields.payloadRevisionProperty()),
                Instant.parse(document.getString(fields.timestampProperty())).toEpochMilli(),
                json(document.get(fields.payloadProperty())), json(document.get(fields.metaDataProperty())));
    }

    private static JsonNode json(Object stored) {
        if (stored instanceof Document document) {
            return CanonicalJson.read(document.toJson(RELAXED));
        }
        return stored == null ? null : CanonicalJson.read(stored.toString());
    }
}
