package org.allianceledger.readmodel;

import java.util.Optional;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the read models' processor keeps its token (in memory, beside the views it fills), and where it starts. */
@Configuration(proxyBeanMethods = false)
class ReadModelProcessing {

    /**
     * The views live in this instance's memory, so their token does too: a start takes in the store
     * from its first event, and no other instance's claim or progress bears on this one's views.
     */
    @Bean
    ConfigurerModule readModelsTokenInMemory() {
        return configurer -> configurer.eventProcessing()
                .registerTokenStore(ReadModels.PROCESSING_GROUP, config -> new InMemoryTokenStore());
    }

    /**
     * A start first folds the snapshot's events into the views and tails the store from its last
     * (the snapshot is looked up when the processor starts: it needs the serializer, which the
     * processing configuration comes before). A replay starts from the store's first event instead.
     */
    @Bean
    ConfigurerModule readModelsStartFromTheirSnapshot(ObjectProvider<ReadModelSnapshot> snapshot) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                ReadModels.PROCESSING_GROUP, (config, builder) -> builder.initialToken(
                        source -> Optional.ofNullable(snapshot.getObject().load(source)).orElseGet(source::createTailToken)));
    }
}
