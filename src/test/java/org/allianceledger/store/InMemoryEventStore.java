package org.allianceledger.store;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.allianceledger.LedgerFeatures;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.h2.mvstore.MVStore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;

/** The embedded engine (its backend as the service runs it) in memory, with a fresh database per {@link #engine} call, for storage-engine tests. */
final class InMemoryEventStore implements AutoCloseable {

    private final MongoServer server = new MongoServer(new DurableH2Backend(new MVStore.Builder().open(), false, Set.of()));
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

    MongoDatabase freshDatabase() {
        return client.getDatabase("engine-" + UUID.randomUUID());
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
