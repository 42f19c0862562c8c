package org.allianceledger.store;

import java.time.Duration;
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
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** The embedded engine in memory, with a fresh database per {@link #engine} call, for storage-engine tests. */
final class InMemoryEventStore implements AutoCloseable {

    private final MongoServer server = new MongoServer(new H2Backend(new MVStore.Builder().open()));
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
