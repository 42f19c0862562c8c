package org.allianceledger.store;

import java.util.List;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;

/**
 * Creates, at start-up and idempotently, the indexes of every collection the service owns: the
 * event store's, the token store's and each {@link OwnedCollection}'s. MongoDB treats creating an
 * existing index with the same definition as a no-op.
 */
@Component
class CollectionIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CollectionIndexes.class);

    private final MongoDatabase database;
    private final EventStorageEngine storageEngine;
    private final TokenStore tokenStore;
    private final List<OwnedCollection> collections;

    CollectionIndexes(MongoDatabase database, EventStorageEngine storageEngine, TokenStore tokenStore,
                      List<OwnedCollection> collections) {
        this.database = database;
        this.storageEngine = storageEngine;
        this.tokenStore = tokenStore;
        this.collections = collections;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (storageEngine instanceof LedgerEventStorageEngine ledgerEngine) {
            ledgerEngine.ensureIndexes();
        }
        if (tokenStore instanceof MongoTokenStore mongoTokens) {
            mongoTokens.ensureIndexes();
        }
        for (OwnedCollection collection : collections) {
            if (!collection.indexes().isEmpty()) {
                database.getCollection(collection.name()).createIndexes(collection.indexes());
            }
        }
        log.info("Indexes ensured for the event store, the token store and {} owned collection(s)", collections.size());
    }
}
