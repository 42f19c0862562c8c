package org.allianceledger.store;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.extensions.mongo.serialization.DBObjectToStringContentTypeConverter;
import org.axonframework.extensions.mongo.serialization.DocumentToStringContentTypeConverter;
import org.axonframework.extensions.mongo.serialization.StringToDBObjectContentTypeConverter;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;

/**
 * Axon on MongoDB without the (Spring Data based) axon-mongo auto-configuration: event store,
 * token store and one Jackson serializer for events, messages and tokens.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class AxonMongoConfiguration {

    /** Axon 4 serializes with Jackson 2; dates are written as ISO-8601 strings so stored events stay readable. */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper axonObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Payloads and metadata are stored as BSON sub-documents rather than JSON strings, so the store can be read as JSON. */
    @Bean
    @Primary
    Serializer serializer(@Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper) {
        ChainingConverter converter = new ChainingConverter();
        converter.registerConverter(new StringToDBObjectContentTypeConverter());
        converter.registerConverter(new DBObjectToStringContentTypeConverter());
        converter.registerConverter(new DocumentToStringContentTypeConverter());
        return LedgerSerializer.create(JacksonSerializer.builder().objectMapper(objectMapper).converter(converter),
                StableTypeNames.scan());
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
    MongoTemplate axonMongoTemplate(MongoClient client, LedgerStore store) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, store.databaseName()).build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate template, Serializer serializer, Configuration configuration) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(template)
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
