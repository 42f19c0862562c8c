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
     * {@code ledger.read-models.max-claimed-segments} each takes only its share. A segment with
     * nothing of its own to process stores its token only at claim extension, so that comes every
     * {@code ledger.read-models.idle-token-interval}, well within the time a read waits.
     */
    @Bean
    ConfigurerModule readModelSegments(ReadModelProperties properties) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                ReadModels.PROCESSING_GROUP, (config, builder) -> {
                    builder.claimExtensionThreshold(properties.idleTokenInterval().toMillis());
                    if (properties.maxClaimedSegments() != null) {
                        builder.maxClaimedSegments(properties.maxClaimedSegments());
                    }
                    return builder;
                });
    }
}
