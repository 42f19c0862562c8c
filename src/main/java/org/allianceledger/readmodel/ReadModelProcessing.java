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
     * A start first folds the snapshot's events and the store's later ones into the views, and the
     * processor tails the store from the last (the snapshot is looked up when the processor starts:
     * it needs the serializer, which the processing configuration comes before), prompted to look for
     * new events (see {@link PromptedEvents}).
     */
    @Bean
    ConfigurerModule readModelsStartFromTheirSnapshot(ObjectProvider<ReadModelSnapshot> snapshot, ObjectProvider<PromptedEvents> prompted) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                ReadModels.PROCESSING_GROUP, (config, builder) -> builder
                        .messageSource(prompted.getObject().around(config.eventStore()))
                        .initialToken(source -> Optional.ofNullable(snapshot.getObject().load(source)).orElseGet(source::createTailToken)));
    }
}
