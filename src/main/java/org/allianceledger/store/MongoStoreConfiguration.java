package org.allianceledger.store;

import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;

/** Chooses the store (external MongoDB or the embedded engine) and proves it answers before anything else starts. */
@Configuration(proxyBeanMethods = false)
class MongoStoreConfiguration {

    @Bean(destroyMethod = "close")
    LedgerStore ledgerStore(StoreProperties properties) {
        StoreProperties.Mongodb mongodb = properties.mongodb();
        if (mongodb.external()) {
            return LedgerStore.external(new ConnectionString(mongodb.uri()), mongodb.database());
        }
        return LedgerStore.embedded(EmbeddedMongoServer.start(properties.embedded()), mongodb.database());
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(LedgerStore store, StoreProperties properties, ObjectProvider<CommandListener> listeners) {
        StoreProperties.Mongodb mongodb = properties.mongodb();
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        listeners.orderedStream().forEach(builder::addCommandListener); // what the driver sends, for those who watch it
        MongoClientSettings settings = builder
                .applyConnectionString(store.connectionString())
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        mongodb.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(
                        Math.toIntExact(mongodb.connectTimeout().toMillis()), TimeUnit.MILLISECONDS))
                .applicationName("alliance-ledger")
                .build();
        MongoClient client = MongoClients.create(settings);
        try {
            client.getDatabase(store.databaseName()).runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            client.close();
            throw new StoreStartupException("MongoDB at " + store.hosts() + " did not answer within "
                    + mongodb.serverSelectionTimeout().toSeconds() + " s (" + e.getClass().getSimpleName()
                    + "). Check MONGODB_URI, the network and that the replica set has a primary.", e);
        }
        return client;
    }

    @Bean
    MongoDatabase ledgerDatabase(MongoClient client, LedgerStore store) {
        return client.getDatabase(store.databaseName());
    }
}
