package org.allianceledger.store;

import org.allianceledger.alliance.Features;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.mongodb.client.MongoClient;

/**
 * Axon on MongoDB without the (Spring Data based) axon-mongo auto-configuration: event store,
 * token store and one {@link LedgerSerializer} for events, messages and tokens.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class AxonMongoConfiguration {

    @Bean
    @Primary
    Serializer serializer(Features features) {
        return LedgerSerializer.create(features);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, LedgerStore store, StoreProperties properties) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, store.databaseName())
                .domainEventsCollectionName(properties.events().collection()).build();
    }

    @Bean
    LedgerEventStorageEngine eventStorageEngine(MongoTemplate template, Serializer serializer, Configuration configuration,
                                          StoreProperties properties, LedgerStore store) {
        return LedgerEventStorageEngine.builder()
                .mongoTemplate(template)
                // Where the engine runs in this process, it sees every write: a read learns the head from it.
                .storeHead(store.embedded().map(engine -> engine.head(store.databaseName(), properties.events().collection())).orElse(null))
                .batchSize(properties.events().batchSize())
                .gapTimeout(properties.events().gapTimeout())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate template, Serializer serializer) {
        return MongoTokenStore.builder().mongoTemplate(template).serializer(serializer).build();
    }
}
