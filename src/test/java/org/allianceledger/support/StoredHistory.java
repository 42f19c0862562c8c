package org.allianceledger.support;

import static com.mongodb.client.model.Filters.eq;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceledger.command.RecordingMetadata;
import org.allianceledger.history.HistoryLoader;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.yaml.snakeyaml.Yaml;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

/** The shipped history as a store holds it, read from the stored events, beside what the file lists. */
public final class StoredHistory {

    private static final String SHIPPED = "history/bch-2011-2019.yaml";
    private static final String METADATA = EventEntryConfiguration.getDefault().metaDataProperty();

    private StoredHistory() {
    }

    /**
     * For each client command id the history loader recorded events under, in the order first stored,
     * how many times its command was recorded: each dispatch gives its events a correlation id of their own.
     */
    public static Map<String, Integer> recordings(MongoDatabase database) {
        Map<String, Set<String>> correlations = new LinkedHashMap<>();
        database.getCollection("events").find(eq(METADATA + "." + RecordingMetadata.RECORDER, HistoryLoader.RECORDER))
                .sort(Sorts.ascending("_id"))
                .forEach((Document event) -> {
                    Document metadata = event.get(METADATA, Document.class);
                    correlations.computeIfAbsent(metadata.getString(RecordingMetadata.CLIENT_COMMAND_ID), key -> new HashSet<>())
                            .add(metadata.getString(RecordingMetadata.CORRELATION_ID));
                });
        Map<String, Integer> recordings = new LinkedHashMap<>();
        correlations.forEach((key, dispatches) -> recordings.put(key, dispatches.size()));
        return recordings;
    }

    /** What {@link #recordings} holds when the shipped history was loaded whole and once: each entry once, in the file's order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Integer> eachShippedEntryOnce() throws IOException {
        try (InputStream yaml = StoredHistory.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            Map<String, Object> file = new Yaml().load(yaml);
            Map<String, Integer> once = new LinkedHashMap<>();
            for (Map<String, Object> entry : (List<Map<String, Object>>) file.get("entries")) {
                once.put(HistoryLoader.key((String) entry.get("id")), 1);
            }
            return once;
        }
    }
}
