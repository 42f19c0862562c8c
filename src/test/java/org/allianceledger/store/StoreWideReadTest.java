package org.allianceledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import org.allianceledger.LedgerFeatures;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A read of the whole store (the integrity check, an export, the benchmark's scan) outlasts the
 * engine's retention while writes go on: it reads a batch of positions per query, so it never needs
 * a page the engine reused after the retention passed, as one long cursor over the collection does
 * (at 1M events: "Chunk 14327 not found").
 */
class StoreWideReadTest {

    private static final int STORED = 600;
    private static final int BATCH = 20;
    private static final int RETENTION_MILLIS = 100;

    private final Path file = Path.of("target", "store-wide-read", UUID.randomUUID() + ".mv");
    private MVStore mvStore;
    private MongoServer server;
    private MongoClient client;

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
        mvStore.close();
    }

    @Test
    void aReadOfTheWholeStoreOutlastsTheRetentionWhileWritesGoOnAndMissesNothing() throws Exception {
        Files.createDirectories(file.getParent());
        mvStore = new MVStore.Builder().fileName(file.toString()).open();
        mvStore.setRetentionTime(RETENTION_MILLIS);
        server = new MongoServer(new DurableH2Backend(mvStore, false, Set.of("events"), new StoreHeads()));
        client = MongoClients.create(server.bindAndGetConnectionString());
        LedgerEventStorageEngine engine = LedgerEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, "ledger").domainEventsCollectionName("events").build())
                .eventSerializer(LedgerSerializer.create(LedgerFeatures.ALL))
                .snapshotSerializer(LedgerSerializer.create(LedgerFeatures.ALL))
                .upcasterChain(NoOpEventUpcaster.INSTANCE).gapTimeout(Duration.ofMillis(200)).build();
        engine.ensureIndexes();
        // Events and rewritten rows share the engine's chunks, as events and read-model rows do in the service.
        MongoCollection<Document> rows = client.getDatabase("ledger").getCollection("rows");
        for (int first = 0; first < STORED; first += 30) {
            rewriteRows(rows, first);
            engine.appendEvents(events("stored", first, 30));
        }

        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicLong appended = new AtomicLong();
        Thread writer = new Thread(() -> {
            for (long n = 0; reading.get(); n++) {
                rewriteRows(rows, n);
                engine.appendEvents(events("during", (int) n, 1));
                appended.incrementAndGet();
                mvStore.compact(99, 16 << 20); // moves live pages out of the chunks the rewrites thinned, freeing them
            }
        });
        writer.start();
        List<Long> positions = new ArrayList<>();
        long started = System.nanoTime();
        try {
            engine.forEachStored(BATCH, document -> {
                positions.add(document.getLong(LedgerEventStorageEngine.POSITION));
                if (positions.size() == 1) {
                    await().atMost(Duration.ofMinutes(1)).until(() -> appended.get() > 0); // writes go on while it reads
                }
                if (positions.size() % BATCH == 0) {
                    pause(); // a slow reader: each batch is read after the retention of the one before has passed
                }
            });
        } finally {
            reading.set(false);
            writer.join();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("the read outlasted the retention many times over").isGreaterThan(Duration.ofMillis(10L * RETENTION_MILLIS));
        assertThat(positions).as("in position order, each once").isSorted().doesNotHaveDuplicates();
        assertThat(positions.subList(0, STORED)).as("every event stored before the read began")
                .containsExactlyElementsOf(LongStream.range(0, STORED).boxed().toList());
    }

    private static List<GenericDomainEventMessage<String>> events(String stream, int first, int count) {
        List<GenericDomainEventMessage<String>> events = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            events.add(new GenericDomainEventMessage<>("Stream", stream + "-" + (n % 7), n / 7, "event " + n + " " + "x".repeat(300)));
        }
        return events;
    }

    private static void rewriteRows(MongoCollection<Document> rows, long version) {
        rows.bulkWrite(LongStream.range(0, 10).mapToObj(row -> new ReplaceOneModel<>(new Document("_id", row),
                new Document("_id", row).append("version", version).append("text", "y".repeat(2_000)),
                new ReplaceOptions().upsert(true))).toList());
    }

    private static void pause() {
        try {
            Thread.sleep(RETENTION_MILLIS / 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
