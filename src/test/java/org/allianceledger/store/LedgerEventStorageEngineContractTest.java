package org.allianceledger.store;

import java.util.UUID;
import java.util.function.UnaryOperator;

import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngineTest;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** Axon's own contract for event storage engines, run against ours on the embedded engine (in memory here). */
class LedgerEventStorageEngineContractTest
        extends BatchingEventStorageEngineTest<LedgerEventStorageEngine, LedgerEventStorageEngine.Builder> {

    private static MongoServer server;
    private static MongoClient client;
    private String database;

    @BeforeAll
    static void startEngine() {
        server = new MongoServer(new H2Backend(new MVStore.Builder().open()));
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().substring("mongodb://".length()));
    }

    @AfterAll
    static void stopEngine() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshDatabase() {
        database = "contract-" + UUID.randomUUID();
        setTestSubject(createEngine());
    }

    @Override
    protected LedgerEventStorageEngine createEngine(UnaryOperator<LedgerEventStorageEngine.Builder> customization) {
        LedgerEventStorageEngine.Builder builder = LedgerEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                .eventSerializer(LedgerSerializer.create())
                .snapshotSerializer(LedgerSerializer.create())
                .upcasterChain(NoOpEventUpcaster.INSTANCE);
        LedgerEventStorageEngine engine = customization.apply(builder).build();
        engine.ensureIndexes();
        return engine;
    }
}
