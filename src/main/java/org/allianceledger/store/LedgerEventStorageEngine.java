package org.allianceledger.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;

import static org.axonframework.eventhandling.EventUtils.asDomainEventMessage;

/**
 * An event store that reads only by exact key, so every read is served by a unique index on any
 * MongoDB, including the embedded engine, which serves nothing else (every other query scans the
 * whole collection there).
 *
 * <ul>
 * <li>Each event's {@code _id} is its position in one global sequence with no gaps. A writer takes the
 * slot after the last event it has seen; the {@code _id} index lets only one writer have it, and a
 * writer that loses retries at the next free slot. A slot is taken only once the event before it is
 * stored, so positions become visible in order and a reader never has to wait for a gap.</li>
 * <li>Tracking reads ask for the next batch of positions by {@code _id $in [n+1 .. n+batch]}: a replay
 * is one indexed lookup per event, so its time grows linearly with the record.</li>
 * <li>{@code streamPosition} (aggregate id and sequence number) is a single-field unique index: it
 * refuses a second event at one stream position (a concurrent command) and loads an aggregate by
 * {@code $in} over its next sequence numbers, so a command costs the same however large the record.</li>
 * </ul>
 * The documents keep the field names of Axon's document-per-event entries, so the stored JSON reads
 * the same as with the stock engine. Events of one append are stored one after another, not
 * atomically; a MongoDB without transactions offers nothing better (the stock engine neither).
 */
public final class LedgerEventStorageEngine extends BatchingEventStorageEngine {

    public static final String POSITION = "_id";
    public static final String STREAM_POSITION = "streamPosition";
    private static final EventEntryConfiguration FIELDS = EventEntryConfiguration.getDefault();
    private static final int HEAD_PROBE = 64;
    private static final String ID_INDEX_CLASH = "index: _id_ ";

    private final MongoTemplate template;
    /** Serializes this process's appends: they never race each other for a slot, only other processes' appends. */
    private final ReentrantLock appendLock = new ReentrantLock();
    private long knownHead = -1;

    private LedgerEventStorageEngine(Builder builder) {
        super(builder);
        this.template = builder.template;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The key of one stream position: unique, so it is served by an index on every engine. */
    public static String streamPosition(String aggregateId, long sequenceNumber) {
        return aggregateId + "/" + sequenceNumber;
    }

    public void ensureIndexes() {
        events().createIndex(Indexes.ascending(STREAM_POSITION), new IndexOptions().unique(true));
        events().createIndex(Indexes.ascending(FIELDS.eventIdentifierProperty()), new IndexOptions().unique(true));
    }

    /** The position of the newest event, -1 when the store is empty. */
    public long headPosition() {
        appendLock.lock();
        try {
            return refreshHead();
        } finally {
            appendLock.unlock();
        }
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<Document> documents = events.stream().map(event -> toDocument(asDomainEventMessage(event), serializer)).toList();
        appendLock.lock();
        try {
            int stored = 0;
            while (stored < documents.size()) {
                stored += insertFrom(documents, stored, events);
            }
        } finally {
            appendLock.unlock();
        }
    }

    /** Inserts documents from {@code first} on at the next free slots; returns how many were stored before a slot was lost. */
    private int insertFrom(List<Document> documents, int first, List<? extends EventMessage<?>> events) {
        long slot = refreshHead() + 1;
        List<Document> batch = new ArrayList<>();
        for (int i = first; i < documents.size(); i++) {
            batch.add(new Document(documents.get(i)).append(POSITION, slot + i - first));
        }
        try {
            events().insertMany(batch);
            knownHead = slot + batch.size() - 1;
            return batch.size();
        } catch (MongoBulkWriteException e) {
            BulkWriteError error = e.getWriteErrors().get(0);
            if (isSlotTaken(error.getCategory(), error.getMessage())) {
                knownHead = slot + error.getIndex() - 1;
                return error.getIndex();
            }
            handlePersistenceException(e, events.get(first + error.getIndex()));
            return documents.size(); // not reached: the handler throws
        } catch (MongoWriteException e) {
            if (isSlotTaken(e.getError().getCategory(), e.getError().getMessage())) {
                return 0;
            }
            handlePersistenceException(e, events.get(first));
            return documents.size();
        }
    }

    private static boolean isDuplicateKey(Exception e) {
        if (e instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream().anyMatch(error -> error.getCategory() == ErrorCategory.DUPLICATE_KEY);
        }
        return e instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    private static boolean isSlotTaken(ErrorCategory category, String message) {
        return category == ErrorCategory.DUPLICATE_KEY && message != null && message.contains(ID_INDEX_CLASH);
    }

    /**
     * Moves {@link #knownHead} to the newest stored event: from nothing known by doubling then halving
     * (a few lookups however large the record), then forward by batches of positions.
     */
    private long refreshHead() {
        long from = knownHead;
        if (from < 0) {
            if (!exists(0)) {
                return -1;
            }
            from = searchHead();
        }
        List<Long> ahead = positions(from, HEAD_PROBE);
        if (ahead.isEmpty()) { // the store was emptied under us (a test database dropped): search again
            knownHead = -1;
            return refreshHead();
        }
        while (ahead.size() == HEAD_PROBE) {
            from += HEAD_PROBE - 1;
            ahead = positions(from, HEAD_PROBE);
        }
        knownHead = from + ahead.size() - 1;
        return knownHead;
    }

    private long searchHead() {
        long missing = 1;
        while (exists(missing)) {
            missing *= 2;
        }
        long present = missing / 2;
        while (missing - present > 1) {
            long middle = present + (missing - present) / 2;
            if (exists(middle)) {
                present = middle;
            } else {
                missing = middle;
            }
        }
        return present;
    }

    private boolean exists(long position) {
        return events().find(eq(POSITION, position)).projection(Projections.include(POSITION)).first() != null;
    }

    /** The stored positions among {@code first .. first+count-1} that follow each other from {@code first}. */
    private List<Long> positions(long first, int count) {
        List<Long> found = new ArrayList<>();
        events().find(in(POSITION, range(first, count))).projection(Projections.include(POSITION))
                .forEach(document -> found.add(document.getLong(POSITION)));
        found.sort(Comparator.naturalOrder());
        return contiguousFrom(first, found, Long::longValue);
    }

    private static <T> List<T> contiguousFrom(long first, List<T> sorted, java.util.function.ToLongFunction<T> position) {
        int n = 0;
        while (n < sorted.size() && position.applyAsLong(sorted.get(n)) == first + n) {
            n++;
        }
        return sorted.subList(0, n);
    }

    private static List<Long> range(long first, int count) {
        return LongStream.range(first, first + count).boxed().toList();
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        long first = lastToken == null ? 0 : lastToken.position().orElse(-1) + 1;
        List<Document> documents = events().find(in(POSITION, range(first, batchSize))).into(new ArrayList<>());
        documents.sort(Comparator.comparingLong(document -> document.getLong(POSITION)));
        return contiguousFrom(first, documents, document -> document.getLong(POSITION)).stream()
                .map(document -> new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(document.getLong(POSITION)),
                        new EventEntry(document, FIELDS)))
                .toList();
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        List<String> keys = LongStream.range(firstSequenceNumber, firstSequenceNumber + batchSize)
                .mapToObj(sequence -> streamPosition(aggregateIdentifier, sequence)).toList();
        List<EventEntry> entries = new ArrayList<>();
        events().find(in(STREAM_POSITION, keys)).forEach(document -> entries.add(new EventEntry(document, FIELDS)));
        entries.sort(Comparator.comparingLong(EventEntry::getSequenceNumber));
        return contiguousFrom(firstSequenceNumber, entries, EventEntry::getSequenceNumber);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = template.snapshotCollection().find(eq(POSITION, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(new EventEntry(snapshot, FIELDS));
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Bson thisAggregate = eq(POSITION, snapshot.getAggregateIdentifier());
        Document stored = template.snapshotCollection().find(thisAggregate).first();
        if (stored == null || stored.get(FIELDS.sequenceNumberProperty(), Number.class).longValue() < snapshot.getSequenceNumber()) {
            Document document = toDocument(snapshot, serializer).append(POSITION, snapshot.getAggregateIdentifier());
            template.snapshotCollection().replaceOne(thisAggregate, document, new ReplaceOptions().upsert(true));
        }
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        long head = headPosition();
        return head < 0 ? null : new GlobalSequenceTrackingToken(head);
    }

    /** The token before the first event (in store order) recorded at or after {@code dateTime}. Scans on the embedded engine; rare. */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = events().find(gte(FIELDS.timestampProperty(), dateTime.toString()))
                .projection(Projections.include(POSITION)).sort(Indexes.ascending(POSITION)).limit(1).first();
        if (first == null) {
            return createHeadToken();
        }
        long position = first.getLong(POSITION);
        return position == 0 ? null : new GlobalSequenceTrackingToken(position - 1);
    }

    /**
     * Axon's document-per-event fields. A payload that serializes to a JSON object is stored, with its
     * metadata, as sub-documents, so the record reads as JSON in any MongoDB tool; any other payload and
     * its metadata as JSON text (Axon reads both in the payload's representation).
     */
    static Document toDocument(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = serializer.serialize(event.getPayload(), String.class);
        String metaData = serializer.serialize(event.getMetaData(), String.class).getData();
        boolean asDocuments = payload.getData().startsWith("{");
        return new Document(FIELDS.aggregateIdentifierProperty(), event.getAggregateIdentifier())
                .append(FIELDS.typeProperty(), event.getType())
                .append(FIELDS.sequenceNumberProperty(), event.getSequenceNumber())
                .append(FIELDS.timestampProperty(), event.getTimestamp().toString())
                .append(FIELDS.payloadTypeProperty(), payload.getType().getName())
                .append(FIELDS.payloadRevisionProperty(), payload.getType().getRevision())
                .append(FIELDS.payloadProperty(), asDocuments ? Document.parse(payload.getData()) : payload.getData())
                .append(FIELDS.metaDataProperty(), asDocuments ? Document.parse(metaData) : metaData)
                .append(FIELDS.eventIdentifierProperty(), event.getIdentifier())
                .append(STREAM_POSITION, streamPosition(event.getAggregateIdentifier(), event.getSequenceNumber()));
    }

    private MongoCollection<Document> events() {
        return template.eventCollection();
    }

    public static final class Builder extends BatchingEventStorageEngine.Builder {

        private MongoTemplate template;

        private Builder() {
            persistenceExceptionResolver(LedgerEventStorageEngine::isDuplicateKey);
        }

        public Builder mongoTemplate(MongoTemplate template) {
            this.template = template;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(org.axonframework.common.jdbc.PersistenceExceptionResolver resolver) {
            super.persistenceExceptionResolver(resolver);
            return this;
        }

        @Override
        public Builder snapshotFilter(org.axonframework.eventsourcing.snapshotting.SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        public LedgerEventStorageEngine build() {
            if (template == null) {
                throw new org.axonframework.common.AxonConfigurationException("The MongoTemplate is required");
            }
            return new LedgerEventStorageEngine(this);
        }
    }
}
