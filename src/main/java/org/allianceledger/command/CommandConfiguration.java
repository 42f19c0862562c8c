package org.allianceledger.command;

import java.time.Clock;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Interceptors every command passes through, and the metadata every event inherits from its command. */
@Configuration(proxyBeanMethods = false)
class CommandConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Registered once Axon is configured (the buses depend on the correlation providers declared
     * here). Not beans themselves: Axon's auto-configuration would register interceptor beans a second time.
     */
    @Bean
    ConfigurerModule commandInterceptors(Clock clock) {
        return configurer -> configurer.onInitialize(config -> {
            config.onStart(() -> {
                AggregateVersionTracker tracker = new AggregateVersionTracker(config.eventStore());
                config.commandBus().registerHandlerInterceptor(new DecisionDateCheck(clock));
                config.commandBus().registerHandlerInterceptor(tracker);
                config.eventBus().registerDispatchInterceptor(tracker);
                // innermost, so that a dry run has passed every other check first
                config.commandBus().registerHandlerInterceptor(new DryRun());
            });
        });
    }

    /** The recorder, the correlation id and the client's command id travel from command metadata into every event it produces. */
    @Bean
    CorrelationDataProvider recorderCorrelation() {
        return new SimpleCorrelationDataProvider(RecordingMetadata.RECORDER, RecordingMetadata.CLIENT_COMMAND_ID,
                RecordingMetadata.CORRELATION_ID, RecordingMetadata.RECORDER_NOTE);
    }
}
