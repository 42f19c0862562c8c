package org.allianceledger.readmodel;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the read models' processor keeps its token: in memory, beside the views it fills. */
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
}
