package org.allianceledger.store;

import java.util.function.UnaryOperator;

import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngineTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import com.mongodb.client.MongoDatabase;

/** Axon's own contract for event storage engines, run against ours on the embedded engine (in memory here). */
class LedgerEventStorageEngineContractTest
        extends BatchingEventStorageEngineTest<LedgerEventStorageEngine, LedgerEventStorageEngine.Builder> {

    private static final InMemoryEventStore STORE = new InMemoryEventStore();
    private MongoDatabase database;

    @AfterAll
    static void stopEngine() {
        STORE.close();
    }

    @BeforeEach
    void freshDatabase() {
        database = STORE.freshDatabase();
        setTestSubject(createEngine());
    }

    @Override
    protected LedgerEventStorageEngine createEngine(UnaryOperator<LedgerEventStorageEngine.Builder> customization) {
        return STORE.engine(database, customization);
    }
}
