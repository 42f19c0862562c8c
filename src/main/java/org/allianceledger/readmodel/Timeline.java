package org.allianceledger.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceledger.store.OwnedCollection;
import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;

/**
 * A read model's collection of {@link Change} rows, one per event, keyed by the event's id so that
 * an event delivered twice is stored once. Reads select the rows recorded by {@code knownAt} and in
 * force by {@code asOf}, and fold them per key in the order the decisions took effect; a decision
 * recorded late, or a correction, therefore lands where it belongs in time.
 */
public final class Timeline implements OwnedCollection {

    /** Matches every row. */
    public static final Bson ALL = new Document();

    public static final String ID = "_id";
    public static final String KEY = "key";
    public static final String VALID_FROM = "validFrom";
    static final String RECORDED_AT = "recordedAt";
    static final String SEQUENCE = "sequence";

    private final String name;
    private final MongoCollection<Document> collection;
    private final RowMapper mapper = new RowMapper();

    public Timeline(MongoDatabase database, String name) {
        this.name = name;
        this.collection = database.getCollection(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<IndexModel> indexes() {
        return List.of(new IndexModel(Indexes.ascending(KEY, VALID_FROM)),
                new IndexModel(Indexes.ascending(VALID_FROM, RECORDED_AT)));
    }

    public void record(Change change) {
        Document row = change.toRow(mapper);
        collection.replaceOne(eq(ID, row.get(ID)), row, new ReplaceOptions().upsert(true));
    }

    /** The rows a reader at {@code at} can see, matching {@code filter}, in valid-time order. */
    public List<Document> rows(PointInTime at, Bson filter) {
        Bson visible = and(lte(VALID_FROM, at.asOf().toString()), lte(RECORDED_AT, Date.from(at.knownAt())), filter);
        return collection.find(visible).sort(ascending(VALID_FROM, RECORDED_AT, SEQUENCE)).into(new ArrayList<>());
    }

    /** Each key's state at {@code at}, in the order the keys first took effect. */
    public Map<String, Document> fold(PointInTime at, Bson filter) {
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
    public <T> List<T> states(PointInTime at, Bson filter, Class<T> type) {
        return fold(at, filter).values().stream().map(state -> mapper.fromRow(state, type)).toList();
    }

    public <T> T as(Object value, Class<T> type) {
        return mapper.fromRow(value, type);
    }

    public Optional<Document> latest(Bson filter) {
        return Optional.ofNullable(collection.find(filter).sort(descending(RECORDED_AT, SEQUENCE)).first());
    }

    public boolean contains(String eventId) {
        return collection.find(eq(ID, eventId)).first() != null;
    }

    public void clear() {
        collection.deleteMany(new Document());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Document state, String field) {
        return (List<Object>) state.computeIfAbsent(field, f -> new ArrayList<>());
    }
}
