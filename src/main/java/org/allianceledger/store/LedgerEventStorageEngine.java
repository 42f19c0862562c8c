package org.allianceledger.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
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
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.FindIterable;
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
 * <li>Each event's {@code _id} is its position in one global sequence. A writer reserves the next
 * positions in its process and inserts there; the {@code _id} index lets only one document have a
 * position, so a writer that finds its position taken (by another process) moves on and retries. A
 * position reserved but left without its event (the command was refused) is filled with a void
 * document at once, and a reader that meets a position still empty after {@code gapTimeout} while
 * later ones are stored fills it the same way (a writer still holding it then moves on as above):
 * readers never skip an event and never wait forever.</li>
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
    /** Marks a position that holds no event (see the class comment); every reader of the collection skips it. */
    public static final String VOID = "void";
    private static final EventEntryConfiguration FIELDS = EventEntryConfiguration.getDefault();
    private static final int EVENTS_AT_BATCH = 1_000;
    /** The positions a tracking read asks for at once below the head, where each holds an event or a void. */
    private static final int STORED_BATCH = 1_000;
    private static final int HEAD_PROBE = 64;
    private static final int FIRST_STREAM_ASK = 16;
    private static final String ID_INDEX_CLASH = "index: _id_ ";

    private final MongoTemplate template;
    private final Duration gapTimeout;
    /** The head as the embedded engine in this process sees it written; null where the store is asked. */
    private final StoreHeads.Head storeHead;
    /** The codecs that read payloads and metadata as tokens, where the serializer reads them so; null where it does not. */
    private final CodecRegistry asTokens;
    private final Object slots = new Object();
    private long nextSlot = -1;
    /** Guards the reads of the head, so that concurrent readers do not walk the store side by side. */
    private final Object head = new Object();
    private final UnbrokenRun run = new UnbrokenRun();
    private final Object eventHead = new Object();
    private long eventHeadFor = -1;
    private long eventHeadAt = -1;
    private final Object gap = new Object();
    private long gapPosition = -1;
    private long gapSeenAt;

    private LedgerEventStorageEngine(Builder builder) {
        super(builder);
        this.template = builder.template;
        this.gapTimeout = builder.gapTimeout;
        this.storeHead = builder.storeHead;
        this.asTokens = getEventSerializer() instanceof LedgerSerializer ledger
                ? StoredEventCodec.registry(Set.of(FIELDS.payloadProperty(), FIELDS.metaDataProperty()), ledger.getObjectMapper()) : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The key of one stream position: unique, so it is served by an index on every engine. */
    public static String streamPosition(String aggregateId, long sequenceNumber) {
        return aggregateId + "/" + sequenceNumber;
    }

    /** Matches the documents that hold an event (a query the embedded engine answers by reading every document). */
    public static Bson holdsEvent() {
        return ne(VOID, true);
    }

    /**
     * The events stored at {@code positions} (voids left out), in store order, with {@code fields}
     * and their position, or whole when no field is named. By key alone: the embedded engine serves a
     * query from its index only when the query names the indexed key and nothing else, and reads every
     * document for any other.
     */
    public static List<Document> eventsAt(MongoCollection<Document> events, List<Long> positions, String... fields) {
        FindIterable<Document> stored = events.find(in(POSITION, positions));
        if (fields.length > 0) {
            List<String> included = new ArrayList<>(List.of(fields));
            included.add(VOID);
            stored = stored.projection(Projections.include(included));
        }
        List<Document> found = stored.into(new ArrayList<>());
        found.removeIf(document -> document.getBoolean(VOID, false));
        found.sort(Comparator.comparingLong(document -> document.getLong(POSITION)));
        return found;
    }

    public void ensureIndexes() {
        // Sparse: void documents carry neither field.
        IndexOptions uniqueSparse = new IndexOptions().unique(true).sparse(true);
        events().createIndex(Indexes.ascending(STREAM_POSITION), uniqueSparse);
        events().createIndex(Indexes.ascending(FIELDS.eventIdentifierProperty()), uniqueSparse);
    }

    /**
     * Every document stored from position 0 (events and voids), in position order, {@code batchSize}
     * positions per query by key, on past as many positions as the collection holds documents until
     * a whole batch of positions is empty. No cursor outlives its batch, so a whole-store read of any
     * length never needs a page the engine has since reused: one long cursor fails with "Chunk not
     * found" once it outlasts {@code ledger.embedded.retention}.
     *
     * @return how many documents it read
     */
    public static long forEachStored(MongoCollection<Document> events, int batchSize, Consumer<Document> each) {
        long stored = events.estimatedDocumentCount();
        long read = 0;
        boolean found = true;
        for (long first = 0; first < stored || found; first += batchSize) {
            List<Document> batch = events.find(in(POSITION, range(first, batchSize))).into(new ArrayList<>());
            // By number: a document an insider stored with another numeric type is still read, for verification to report.
            batch.sort(Comparator.comparingLong(document -> ((Number) document.get(POSITION)).longValue()));
            batch.forEach(each);
            read += batch.size();
            found = !batch.isEmpty();
        }
        return read;
    }

    /** {@link #forEachStored(MongoCollection, int, Consumer)} of this engine's events. */
    public long forEachStored(int batchSize, Consumer<Document> each) {
        return forEachStored(events(), batchSize, each);
    }

    /** The position up to which every position holds its document (an event or a void); -1 when the store is empty. */
    public long headPosition() {
        synchronized (head) {
            long known = run.last();
            long found = contiguousHead(known);
            if (found < known) {
                run.restart(found); // the store was emptied under us (a test database dropped)
            } else {
                run.reaches(found);
            }
            return run.last();
        }
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        List<Document> documents = events.stream().map(event -> toDocument(asDomainEventMessage(event), serializer)).toList();
        int stored = 0;
        while (stored < documents.size()) {
            int count = documents.size() - stored;
            long slot = reserve(count);
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                batch.add(new Document(documents.get(stored + i)).append(POSITION, slot + i));
            }
            try {
                events().insertMany(batch);
                run.written(slot, slot + count - 1); // not read back: the head moves past them where they follow it
                stored += count;
            } catch (MongoBulkWriteException e) {
                BulkWriteError error = e.getWriteErrors().get(0);
                fillVoid(slot + error.getIndex(), slot + count - 1);
                stored += error.getIndex();
                if (isSlotTaken(error)) {
                    skipPast(slot + error.getIndex());
                } else {
                    handlePersistenceException(e, events.get(stored));
                }
            }
        }
    }

    /** {@code count} positions for this process to write, after every position it has used or seen taken. */
    private long reserve(int count) {
        synchronized (slots) {
            if (nextSlot < 0) {
                nextSlot = headPosition() + 1;
            }
            long first = nextSlot;
            nextSlot += count;
            return first;
        }
    }

    /** Another process wrote at {@code taken}: reserve after what it has written from there on. */
    private void skipPast(long taken) {
        long theirs = contiguousHead(taken);
        synchronized (slots) {
            nextSlot = Math.max(nextSlot, theirs + 1);
        }
    }

    /** Fills positions that hold nothing with void documents; a position already taken keeps its document. */
    private void fillVoid(long first, long last) {
        for (long position = first; position <= last; position++) {
            try {
                events().insertOne(new Document(POSITION, position).append(VOID, true));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    private static boolean isDuplicateKey(Exception e) {
        if (e instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream().anyMatch(error -> error.getCategory() == ErrorCategory.DUPLICATE_KEY);
        }
        return e instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    private static boolean isSlotTaken(BulkWriteError error) {
        return error.getCategory() == ErrorCategory.DUPLICATE_KEY && error.getMessage() != null
                && error.getMessage().contains(ID_INDEX_CLASH);
    }

    /**
     * The last position of the unbroken run of documents from position 0, starting from one known to
     * be taken ({@code -1}: none known, then by doubling and halving, a few lookups however large the
     * record) and going forward by batches of positions.
     */
    private long contiguousHead(long known) {
        long from = known;
        if (from < 0) {
            if (!exists(0)) {
                return -1;
            }
            from = searchHead();
        }
        List<Long> ahead = positions(from, HEAD_PROBE);
        if (ahead.isEmpty()) { // the store was emptied under us (a test database dropped): search again
            return contiguousHead(-1);
        }
        // Far behind (another process wrote much since), the batches grow: a few queries, not one for each 64 positions.
        for (int probe = HEAD_PROBE; ahead.size() == probe; ) {
            from += probe - 1;
            probe = Math.min(2 * probe, STORED_BATCH);
            ahead = positions(from, probe);
        }
        return from + ahead.size() - 1;
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
        return contiguousFrom(first, stored(first, count), Long::longValue);
    }

    /** The stored positions among {@code first .. first+count-1}, in order. */
    private List<Long> stored(long first, int count) {
        List<Long> found = new ArrayList<>();
        events().find(in(POSITION, range(first, count))).projection(Projections.include(POSITION))
                .forEach(document -> found.add(document.getLong(POSITION)));
        found.sort(Comparator.naturalOrder());
        return found;
    }

    private static <T> List<T> contiguousFrom(long first, List<T> sorted, ToLongFunction<T> position) {
        int n = 0;
        while (n < sorted.size() && position.applyAsLong(sorted.get(n)) == first + n) {
            n++;
        }
        return sorted.subList(0, n);
    }

    private static List<Long> range(long first, int count) {
        return LongStream.range(first, first + count).boxed().toList();
    }

    /** The events after {@code lastToken}, reading on past void positions, stopping before an empty one. */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        long first = lastToken == null ? 0 : lastToken.position().orElse(-1) + 1;
        List<TrackedEventData<?>> tracked = new ArrayList<>();
        while (tracked.isEmpty()) {
            // Positions known to be stored are asked for in larger batches: a whole-store read takes fewer queries.
            int ask = (int) Math.max(batchSize, Math.min(STORED_BATCH, run.last() - first + 1));
            List<Document> documents = eventsRead().find(in(POSITION, range(first, ask))).into(new ArrayList<>());
            documents.sort(Comparator.comparingLong(document -> document.getLong(POSITION)));
            List<Document> run = contiguousFrom(first, documents, document -> document.getLong(POSITION));
            if (run.isEmpty()) {
                if (documents.isEmpty() || !gapExpired(first)) {
                    break;
                }
                fillVoid(first, first);
                continue;
            }
            run.stream().filter(document -> !document.getBoolean(VOID, false))
                    .map(document -> new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(document.getLong(POSITION)),
                            new StoredEventEntry(document, FIELDS)))
                    .forEach(tracked::add);
            first += run.size();
        }
        return tracked;
    }

    /**
     * The documents stored at {@code positions} (voids and empty positions left out), in store order,
     * with {@code fields} and their position, or whole where no field is named: what a view that keeps an
     * event's long text in the store reads back for the rows a read shows. By key, a thousand at a time.
     */
    public List<Document> documentsAt(Collection<Long> positions, String... fields) {
        List<Document> found = new ArrayList<>();
        List<Long> asked = positions.stream().sorted().toList(); // each batch in store order, and the batches in turn
        for (int from = 0; from < asked.size(); from += EVENTS_AT_BATCH) {
            found.addAll(eventsAt(events(), asked.subList(from, Math.min(asked.size(), from + EVENTS_AT_BATCH)), fields));
        }
        return found;
    }

    /** Whether {@code position} has been seen empty, with later positions stored, for longer than the gap timeout. */
    private boolean gapExpired(long position) {
        synchronized (gap) {
            long now = System.nanoTime();
            if (gapPosition != position) {
                gapPosition = position;
                gapSeenAt = now;
            }
            return now - gapSeenAt > gapTimeout.toNanos();
        }
    }

    /**
     * An aggregate's events from {@code firstSequenceNumber}, up to {@code batchSize} of them. Most
     * streams are short, and each key asked for is an index lookup whether it is found or not (tens of
     * microseconds on the embedded engine), so a few are asked for first, then twice as many each
     * time an ask comes back full.
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        List<EventEntry> entries = new ArrayList<>();
        for (int ask = Math.min(FIRST_STREAM_ASK, batchSize); ; ask = Math.min(ask * 2, batchSize - entries.size())) {
            List<EventEntry> found = streamEntries(aggregateIdentifier, firstSequenceNumber + entries.size(), ask);
            entries.addAll(found);
            if (found.size() < ask || entries.size() == batchSize) {
                return entries;
            }
        }
    }

    /** The events of one stream at {@code first .. first+count-1} that follow each other from {@code first}. */
    private List<EventEntry> streamEntries(String aggregateIdentifier, long first, int count) {
        List<String> keys = LongStream.range(first, first + count).mapToObj(sequence -> streamPosition(aggregateIdentifier, sequence)).toList();
        List<EventEntry> entries = new ArrayList<>();
        eventsRead().find(in(STREAM_POSITION, keys)).forEach(document -> entries.add(new StoredEventEntry(document, FIELDS)));
        entries.sort(Comparator.comparingLong(EventEntry::getSequenceNumber));
        return contiguousFrom(first, entries, EventEntry::getSequenceNumber);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = template.snapshotCollection().find(eq(POSITION, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(new StoredEventEntry(snapshot, FIELDS));
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

    /**
     * The newest event's position, past any position still being written: a write that completed
     * while an earlier one (on this instance or another) was still under way lies beyond the unbroken
     * run, and a read that began after it must wait for it. Voids after the newest event (refused
     * appends) hold no event, so no tracking read ever passes them, and a head among them would never
     * be reached.
     */
    @Override
    public TrackingToken createHeadToken() {
        long newest = newestEventAtOrBefore(newestStored());
        return newest < 0 ? null : new GlobalSequenceTrackingToken(newest);
    }

    /**
     * The last position stored: a read at "now" asks this before every answer. Where the embedded engine
     * runs in this process it has seen every write, from any instance: the head is known from it, and the
     * store asked only once, and again after any write that may have removed documents.
     */
    private long newestStored() {
        if (storeHead == null) {
            return newestStoredAsked();
        }
        OptionalLong newest = storeHead.newest();
        if (newest.isPresent()) {
            return newest.getAsLong();
        }
        long generation = storeHead.generation();
        storeHead.learned(generation, newestStoredAsked());
        return storeHead.newest().orElseGet(this::newestStoredAsked); // unsettled again meanwhile: asked again
    }

    /**
     * The last position stored, asked of the store: looking on from the unbroken run a batch of positions at
     * a time until one holds none. Where the head is known, one query finds where the run ends now and what is
     * stored past it, two batches of positions from that head.
     */
    private long newestStoredAsked() {
        long known = run.last();
        long last = -1;
        if (known >= 0) {
            List<Long> found = stored(known, 2 * HEAD_PROBE);
            if (!found.isEmpty() && found.get(0) == known) { // else the store was emptied under us: searched again below
                List<Long> unbroken = contiguousFrom(known, found, Long::longValue);
                run.reaches(known + unbroken.size() - 1);
                last = found.get(found.size() - 1);
                if (last < known + HEAD_PROBE) {
                    return last; // the batch of positions after it was asked for too, and holds none
                }
                if (unbroken.size() == found.size()) {
                    last = -1; // the run may go on past the query: followed below, and the end it reaches kept
                }
            }
        }
        if (last < 0) {
            last = headPosition();
        }
        for (long from = last + 1; ; from += HEAD_PROBE) {
            List<Long> found = stored(from, HEAD_PROBE);
            if (found.isEmpty()) {
                return last;
            }
            last = found.get(found.size() - 1);
        }
    }

    /** The last event at or before {@code position} (-1: none), looked up only when the head has moved. */
    private long newestEventAtOrBefore(long position) {
        synchronized (eventHead) {
            if (position != eventHeadFor) {
                // The head only moves on, so the newest event is at or after the one found before.
                long newest = position < eventHeadFor ? -1 : eventHeadAt;
                for (long last = position; last > newest; last -= HEAD_PROBE) {
                    long first = Math.max(newest + 1, last - HEAD_PROBE + 1);
                    List<Document> found = eventsAt(events(), range(first, (int) (last - first + 1)), POSITION);
                    if (!found.isEmpty()) {
                        newest = found.get(found.size() - 1).getLong(POSITION);
                        break;
                    }
                }
                eventHeadFor = position;
                eventHeadAt = newest;
            }
            return eventHeadAt;
        }
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
    public static Document toDocument(DomainEventMessage<?> event, Serializer serializer) {
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

    /** The events collection for reads that hand events to the serializer: payloads and metadata read as tokens where it reads them. */
    private MongoCollection<Document> eventsRead() {
        return asTokens == null ? events() : events().withCodecRegistry(asTokens);
    }

    public static final class Builder extends BatchingEventStorageEngine.Builder {

        private MongoTemplate template;
        private Duration gapTimeout = Duration.ofSeconds(10);
        private StoreHeads.Head storeHead;

        private Builder() {
            persistenceExceptionResolver(LedgerEventStorageEngine::isDuplicateKey);
        }

        public Builder mongoTemplate(MongoTemplate template) {
            this.template = template;
            return this;
        }

        /** How long a reader waits for an empty position, with later ones stored, before filling it with a void. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /** The head of the events collection as the embedded engine in this process sees it written; null (the default): asked of the store. */
        Builder storeHead(StoreHeads.Head storeHead) {
            this.storeHead = storeHead;
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
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver resolver) {
            super.persistenceExceptionResolver(resolver);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
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
                throw new AxonConfigurationException("The MongoTemplate is required");
            }
            return new LedgerEventStorageEngine(this);
        }
    }
}
