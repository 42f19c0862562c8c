package org.allianceledger.integrity;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import org.allianceledger.store.LedgerEventStorageEngine;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;

/**
 * The events as MongoDB holds them, read as the hash chain sees them: no deserialization, no
 * upcasting. A document that is no readable event (a field missing or of the wrong type, a payload
 * that is not JSON) is set aside as a break, so the rest of the record is still checked.
 */
@Component
public class StoredChain {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    static final Comparator<ChainedEvent> STREAM_ORDER = Comparator.comparing(ChainedEvent::aggregateId)
            .thenComparingLong(ChainedEvent::sequence)
            .thenComparing(ChainedEvent::position, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Positions read per query by key: each a short query, however large the record. */
    private static final int BATCH = 1_000;

    private final MongoTemplate store;
    private final EventEntryConfiguration fields = EventEntryConfiguration.getDefault();

    StoredChain(MongoTemplate store) {
        this.store = store;
    }

    /**
     * Every stored event.
     *
     * @param events     those that could be read, stream by stream in sequence order
     * @param unreadable a break for each document that could not
     */
    public record Contents(List<ChainedEvent> events, List<IntegrityReport.Break> unreadable) {

        IntegrityReport verify() {
            return IntegrityCheck.verify(events, unreadable);
        }

        /** Also against the tree the running service built as the events were stored. */
        IntegrityReport verify(LogTree.Head served) {
            return IntegrityCheck.verify(events, unreadable, served);
        }
    }

    /**
     * Read a batch of positions at a time, never through one cursor over the whole store (which a long
     * read outlives); then, only if the collection holds more documents than the positions gave, the
     * ones past a gap no writer leaves, and a break for any at no position at all.
     */
    public Contents all() {
        List<ChainedEvent> events = new ArrayList<>();
        List<IntegrityReport.Break> unreadable = new ArrayList<>();
        long[] highest = {-1};
        Consumer<Document> take = document -> {
            Long at = position(document);
            highest[0] = at == null ? highest[0] : Math.max(highest[0], at);
            if (!document.getBoolean(LedgerEventStorageEngine.VOID, false)) {
                try {
                    events.add(read(document));
                } catch (Unreadable e) {
                    unreadable.add(new IntegrityReport.Break(document.get(fields.eventIdentifierProperty()) instanceof String id ? id : null,
                            document.get(fields.aggregateIdentifierProperty()) instanceof String stream ? stream : null,
                            document.get(fields.sequenceNumberProperty()) instanceof Number sequence ? sequence.longValue() : -1,
                            "unreadable: " + e.getMessage(), e.expected, e.found, position(document)));
                }
            }
        };
        MongoCollection<Document> collection = store.eventCollection();
        long read = LedgerEventStorageEngine.forEachStored(collection, BATCH, take);
        long stored = collection.countDocuments();
        if (read < stored) {
            List<Document> beyond = collection.find(gt(LedgerEventStorageEngine.POSITION, highest[0])).batchSize(BATCH).into(new ArrayList<>());
            beyond.forEach(take);
            read += beyond.size();
        }
        if (read < stored) {
            unreadable.add(new IntegrityReport.Break(null, null, -1, "stored at no position of the log: " + (stored - read)
                    + " document(s)", read + " documents at positions", stored + " documents in the events collection", null));
        }
        events.sort(STREAM_ORDER);
        return new Contents(List.copyOf(events), List.copyOf(unreadable));
    }

    /**
     * The documents stored at {@code first} and on, up to {@code count} of them and up to the first
     * empty position (one a writer has yet to fill, or that a reader fills with a void after the
     * gap timeout).
     *
     * @param events    the readable events among them, in position order
     * @param positions how many positions the run covers, voids and unreadable documents included
     */
    record Run(List<ChainedEvent> events, int positions) {
    }

    Run run(long first, int count) {
        List<Document> documents = store.eventCollection()
                .find(in(LedgerEventStorageEngine.POSITION, LongStream.range(first, first + count).boxed().toList()))
                .into(new ArrayList<>());
        documents.sort(Comparator.comparingLong(StoredChain::position));
        List<ChainedEvent> events = new ArrayList<>();
        int positions = 0;
        for (Document document : documents) {
            if (position(document) != first + positions) {
                break;
            }
            positions++;
            if (!document.getBoolean(LedgerEventStorageEngine.VOID, false)) {
                try {
                    events.add(read(document));
                } catch (Unreadable e) {
                    // Never written so by the ledger; verification reports it, the tree leaves it out as the export does.
                }
            }
        }
        return new Run(events, positions);
    }

    /** The hash stored with one event of a stream. */
    Optional<String> hashOf(String aggregateId, long sequence) {
        Document document = store.eventCollection()
                .find(eq(LedgerEventStorageEngine.STREAM_POSITION, LedgerEventStorageEngine.streamPosition(aggregateId, sequence))).first();
        return Optional.ofNullable(document).map(this::read).map(ChainedEvent::storedHash);
    }

    ChainedEvent read(Document document) {
        String revision = document.get(fields.payloadRevisionProperty()) == null ? null : text(document, fields.payloadRevisionProperty());
        JsonNode metadata = json(document, fields.metaDataProperty());
        if (!metadata.isObject()) {
            throw new Unreadable(fields.metaDataProperty() + " is not an object", "an object", metadata.getNodeType().toString());
        }
        return new ChainedEvent(text(document, fields.eventIdentifierProperty()), text(document, fields.aggregateIdentifierProperty()),
                wholeNumber(document, fields.sequenceNumberProperty()), text(document, fields.payloadTypeProperty()), revision,
                instant(document, fields.timestampProperty()), json(document, fields.payloadProperty()), metadata,
                position(document));
    }

    private static Long position(Document document) {
        return document.get(LedgerEventStorageEngine.POSITION) instanceof Number position ? position.longValue() : null;
    }

    private static String text(Document document, String field) {
        if (document.get(field) instanceof String text) {
            return text;
        }
        throw wrong(document, field, "text");
    }

    private static long wholeNumber(Document document, String field) {
        Object stored = document.get(field);
        if (stored instanceof Long || stored instanceof Integer) {
            return ((Number) stored).longValue();
        }
        throw wrong(document, field, "a whole number");
    }

    private static Instant instant(Document document, String field) {
        String text = text(document, field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Unreadable(field + " is not an instant", "an ISO instant", text);
        }
    }

    private static JsonNode json(Document document, String field) {
        Object stored = document.get(field);
        if (stored instanceof Document json) {
            return CanonicalJson.read(json.toJson(RELAXED));
        }
        if (!(stored instanceof String text)) {
            throw wrong(document, field, "a document or JSON text");
        }
        try {
            return CanonicalJson.read(text);
        } catch (IllegalArgumentException e) {
            throw new Unreadable(field + " is not JSON", "JSON", abbreviated(text));
        }
    }

    private static Unreadable wrong(Document document, String field, String expected) {
        Object stored = document.get(field);
        return stored == null
                ? new Unreadable(field + " is missing", expected, null)
                : new Unreadable(field + " is not " + expected, expected, stored.getClass().getSimpleName() + " " + abbreviated(String.valueOf(stored)));
    }

    /** Enough of a bad value to recognize it, without echoing a whole document into the report. */
    static String abbreviated(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "...";
    }

    /** What is wrong with a document that is no readable event. */
    private static final class Unreadable extends RuntimeException {

        private final String expected;
        private final String found;

        Unreadable(String problem, String expected, String found) {
            super(problem, null, false, false);
            this.expected = expected;
            this.found = found;
        }
    }
}
