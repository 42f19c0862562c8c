package org.allianceledger.readmodel;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the read models' processor runs: its rows written per batch, and its share of the segments. */
@Configuration(proxyBeanMethods = false)
class ReadModelProcessing {

    @Bean
    ConfigurerModule batchedReadModelWrites() {
        return configurer -> configurer.eventProcessing()
                .registerHandlerInterceptor(ReadModels.PROCESSING_GROUP, config -> new BatchedWrites());
    }

    /**
     * The pooled processor claims every free segment in the token store, so the first of several
     * instances sharing one store would hold them all and the others none; with
     * {@code ledger.read-models.max-claimed-segments} each takes only its share.
     */
    @Bean
    ConfigurerModule readModelSegmentLimit(ReadModelProperties properties) {
        return configurer -> {
            if (properties.maxClaimedSegments() != null) {
                configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(ReadModels.PROCESSING_GROUP,
                        (config, builder) -> builder.maxClaimedSegments(properties.maxClaimedSegments()));
            }
        };
    }
}
