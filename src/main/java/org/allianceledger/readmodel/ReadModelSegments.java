package org.allianceledger.readmodel;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How instances sharing one store split the read models' work. The pooled processor claims every
 * free segment in the token store, so the first instance would hold them all and a second none;
 * with {@code ledger.read-models.max-claimed-segments} each takes only its share.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelSegments {

    @Bean
    ConfigurerModule readModelSegmentLimit(ReadModelSegmentProperties properties) {
        return configurer -> {
            if (properties.maxClaimedSegments() != null) {
                configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(ReadModels.PROCESSING_GROUP,
                        (config, builder) -> builder.maxClaimedSegments(properties.maxClaimedSegments()));
            }
        };
    }
}
