package org.allianceledger.store;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;

import org.allianceledger.LedgerFeatures;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.h2.mvstore.MVStore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import de.bwaldvogel.mongo.MongoServer;

/** The embedded engine (its backend as the service runs it) in memory, with a fresh database per {@link #engine} call, for storage-engine tests. */
final class InMemoryEventStore implements AutoCloseable {

    private final StoreHeads heads = new StoreHeads();
    private final MongoServer server = new MongoServer(new DurableH2Backend(new MVStore.Builder().open(), false, Set.of(), heads));
    /** The find commands sent to each database, for the tests that count an engine's queries. */
    private final Map<String, LongAdder> finds = new ConcurrentHashMap<>();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommandName().equals("find")) {
                        finds.computeIfAbsent(event.getDatabaseName(), name -> new LongAdder()).increment();
                    }
                }
            }).build());

    MongoDatabase freshDatabase() {
        return client.getDatabase("engine-" + UUID.randomUUID());
    }

    /** The head of {@code database}'s "events" collection as the engine sees it written, for an engine as the service builds it on the embedded engine. */
    StoreHeads.Head head(MongoDatabase database) {
        return heads.head(database.getName(), "events");
    }

    /** How many find commands {@code database} has been sent. */
    long finds(MongoDatabase database) {
        LongAdder sent = finds.get(database.getName());
        return sent == null ? 0 : sent.sum();
    }

    /** An engine on {@code database}'s "events" collection, as the service builds it, then customized. */
    LedgerEventStorageEngine engine(MongoDatabase database, UnaryOperator<LedgerEventStorageEngine.Builder> customization) {
        LedgerEventStorageEngine.Builder builder = LedgerEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database.getName())
                        .domainEventsCollectionName("events").build())
                .eventSerializer(LedgerSerializer.create(LedgerFeatures.ALL))
                .snapshotSerializer(LedgerSerializer.create(LedgerFeatures.ALL))
                .upcasterChain(NoOpEventUpcaster.INSTANCE)
                .gapTimeout(Duration.ofMillis(200));
        LedgerEventStorageEngine engine = customization.apply(builder).build();
        engine.ensureIndexes();
        return engine;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
