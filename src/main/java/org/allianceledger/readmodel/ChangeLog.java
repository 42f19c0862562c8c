package org.allianceledger.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Sorts.descending;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import org.allianceledger.store.OwnedCollection;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * A read model's collection of {@link Change} rows, one per event, keyed by the event's id so that
 * an event delivered twice is stored once. Reads select the rows recorded by {@code knownAt} and in
 * force by {@code asOf}, and fold them per key in the order the decisions took effect; a decision
 * recorded late, or a correction, therefore lands where it belongs in time.
 *
 * <p>Reads are answered from a copy of the rows held in memory, as stored (BSON, decoded only for the
 * rows a read returns), in valid-time order. The copy takes in new rows by their event's position in
 * the store, a unique key, so keeping up is a lookup by key on any MongoDB (the embedded engine
 * serves nothing else without scanning); when it is further behind than the collection is large, it
 * reads the range instead (an index range on MongoDB, one pass over this collection on the embedded
 * engine). A replay anywhere (a new generation) makes it start again.
 */
public final class ChangeLog implements OwnedCollection {

    /** Matches every row. */
    public static final RowFilter ALL = RowFilter.ALL;

    public static final String ID = "_id";
    public static final String KEY = "key";
    public static final String VALID_FROM = "validFrom";
    static final String RECORDED_AT = "recordedAt";
    static final String SEQUENCE = "sequence";
    static final String POSITION = "position";
    private static final String GENERATIONS = "read_model_generations";
    private static final String GENERATION = "generation";
    private static final int LOAD_CHUNK = 1_000;
    private static final DocumentCodec DOCUMENTS = new DocumentCodec();
    private static final Comparator<Entry> VALID_TIME_ORDER = Comparator.comparing(Entry::validFrom)
            .thenComparingLong(Entry::recordedAt).thenComparingLong(Entry::sequence).thenComparingLong(Entry::position);

    private final String name;
    private final MongoCollection<Document> collection;
    private final MongoCollection<RawBsonDocument> stored;
    private final MongoCollection<Document> generations;
    private final RowMapper mapper = new RowMapper();
    private Copy copy = Copy.NONE;

    public ChangeLog(MongoDatabase database, String name) {
        this.name = name;
        this.collection = database.getCollection(name);
        this.stored = collection.withDocumentClass(RawBsonDocument.class);
        this.generations = database.getCollection(GENERATIONS);
    }

    /** One row held in memory: what ordering and the point in time need, and the row as stored. */
    private record Entry(String id, String key, String validFrom, long recordedAt, long sequence, long position,
                         RawBsonDocument row) {

        static Entry of(RawBsonDocument row) {
            return new Entry(row.getString(ID).getValue(), row.getString(KEY).getValue(), row.getString(VALID_FROM).getValue(),
                    row.getDateTime(RECORDED_AT).getValue(), row.getNumber(SEQUENCE).longValue(),
                    row.getNumber(POSITION).longValue(), row);
        }

        boolean visibleAt(String asOf, long knownAt) {
            return validFrom.compareTo(asOf) <= 0 && recordedAt <= knownAt;
        }
    }

    /** The rows taken in so far, of one generation of the collection, through one position of the store; {@code byId} changes only under the timeline's lock. */
    private record Copy(long generation, long through, Map<String, Entry> byId, List<Entry> ordered) {
        static final Copy NONE = new Copy(-1, -1, Map.of(), List.of());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<IndexModel> indexes() {
        return List.of(new IndexModel(Indexes.ascending(POSITION), new IndexOptions().unique(true)),
                new IndexModel(Indexes.ascending(KEY, VALID_FROM)));
    }

    public void record(Change change) {
        Document row = change.toRow(mapper);
        if (!BatchedWrites.keep(collection, row)) {
            collection.replaceOne(eq(ID, row.get(ID)), row, new ReplaceOptions().upsert(true));
        }
    }

    /** The rows a reader at {@code at} can see, matching {@code filter}, in valid-time order. */
    public List<Document> rows(PointInTime at, RowFilter filter) {
        return slice(at, filter, 0, Integer.MAX_VALUE).rows();
    }

    /** {@code limit} of those rows from {@code offset} on, and how many there are in all; only those are decoded. */
    public Slice slice(PointInTime at, RowFilter filter, long offset, int limit) {
        List<Document> rows = new ArrayList<>();
        long total = 0;
        String asOf = at.asOf().toString();
        long knownAt = at.knownAt().toEpochMilli();
        for (Entry entry : takeIn(at.through()).ordered()) {
            if (entry.visibleAt(asOf, knownAt) && filter.test(entry.row())) {
                if (total >= offset && rows.size() < limit) {
                    rows.add(entry.row().decode(DOCUMENTS));
                }
                total++;
            }
        }
        return new Slice(total, rows);
    }

    /** One page of rows and the number of rows matching. */
    public record Slice(long total, List<Document> rows) {
    }

    /** Each key's state at {@code at}, in the order the keys first took effect. */
    public Map<String, Document> fold(PointInTime at, RowFilter filter) {
        Map<String, Document> states = new LinkedHashMap<>();
        for (Document row : rows(at, filter)) {
            Document state = states.computeIfAbsent(row.getString(KEY), key -> new Document());
            state.putAll(row.get(Change.SET, Document.class));
            row.get(Change.APPEND, Document.class).forEach((field, item) -> list(state, field).add(item));
            row.get(Change.UNION, Document.class).forEach((field, items) -> {
                List<Object> list = list(state, field);
                ((List<?>) items).stream().filter(item -> !list.contains(item)).forEach(list::add);
            });
        }
        return states;
    }

    /** {@link #fold} read as typed rows. */
    public <T> List<T> states(PointInTime at, RowFilter filter, Class<T> type) {
        return fold(at, filter).values().stream().map(state -> mapper.fromRow(state, type)).toList();
    }

    public <T> T as(Object value, Class<T> type) {
        return mapper.fromRow(value, type);
    }

    /** The row most recently recorded that matches, read from the collection itself (for handlers, which run ahead of any read). */
    public Optional<Document> latest(Bson filter) {
        BatchedWrites.flushPending();
        return Optional.ofNullable(collection.find(filter).sort(descending(RECORDED_AT, SEQUENCE)).first());
    }

    public boolean contains(String eventId) {
        BatchedWrites.flushPending();
        return collection.find(eq(ID, eventId)).first() != null;
    }

    /** Empties the collection and starts a new generation, so every instance's copy starts again. */
    public synchronized void clear() {
        collection.deleteMany(new Document());
        generations.updateOne(eq(ID, name), Updates.inc(GENERATION, 1L), new UpdateOptions().upsert(true));
        copy = Copy.NONE;
    }

    /**
     * The copy, having taken in the rows of every event up to position {@code through} (rows the read
     * models have written, since they stand there); {@link PointInTime#EVERYTHING_STORED}: every row there is.
     */
    private synchronized Copy takeIn(long through) {
        long generation = generation();
        if (copy.generation() != generation) {
            copy = new Copy(generation, -1, new HashMap<>(), List.of());
        }
        List<RawBsonDocument> added = new ArrayList<>();
        long takenThrough = copy.through();
        long upTo = through == PointInTime.EVERYTHING_STORED ? Long.MAX_VALUE : through;
        if (through == PointInTime.EVERYTHING_STORED || upTo - takenThrough > collection.estimatedDocumentCount()) {
            // Further behind than the collection is large (a start, a replay, a read model few events
            // touch): reading its rows in that range costs less than a lookup per position.
            // In batches: the embedded engine otherwise answers a large range in one reply, beyond the driver's limit.
            stored.find(and(gt(POSITION, takenThrough), lte(POSITION, upTo))).batchSize(LOAD_CHUNK).into(added);
        } else {
            for (long first = takenThrough + 1; first <= upTo; first += LOAD_CHUNK) {
                List<Long> positions = LongStream.rangeClosed(first, Math.min(upTo, first + LOAD_CHUNK - 1)).boxed().toList();
                stored.find(in(POSITION, positions)).into(added);
            }
        }
        takenThrough = through == PointInTime.EVERYTHING_STORED
                ? added.stream().mapToLong(row -> row.getNumber(POSITION).longValue()).reduce(takenThrough, Math::max)
                : Math.max(takenThrough, through);
        copy = new Copy(generation, takenThrough, copy.byId(), added.isEmpty() ? copy.ordered() : merged(copy, added));
        return copy;
    }

    /** The copy's rows with {@code added} merged in, in valid-time order; a row delivered again replaces its earlier copy. */
    private static List<Entry> merged(Copy copy, List<RawBsonDocument> added) {
        List<Entry> fresh = added.stream().map(Entry::of).sorted(VALID_TIME_ORDER).toList();
        fresh.forEach(entry -> copy.byId().put(entry.id(), entry));
        List<Entry> merged = new ArrayList<>(copy.ordered().size() + fresh.size());
        int f = 0;
        for (Entry old : copy.ordered()) {
            while (f < fresh.size() && VALID_TIME_ORDER.compare(fresh.get(f), old) < 0) {
                merged.add(fresh.get(f++));
            }
            if (copy.byId().get(old.id()) == old) {
                merged.add(old);
            }
        }
        merged.addAll(fresh.subList(f, fresh.size()));
        return Collections.unmodifiableList(merged);
    }

    private long generation() {
        Document found = generations.find(eq(ID, name)).first();
        return found == null ? 0 : found.get(GENERATION, Number.class).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Document state, String field) {
        return (List<Object>) state.computeIfAbsent(field, f -> new ArrayList<>());
    }
}
