package org.allianceledger.command;

import java.time.Clock;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Interceptors every command passes through, and the metadata every event inherits from its command. */
@Configuration(proxyBeanMethods = false)
class CommandConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AggregateVersionTracker aggregateVersionTracker() {
        return new AggregateVersionTracker();
    }

    @Autowired
    void registerInterceptors(CommandBus commandBus, EventBus eventBus, AggregateVersionTracker tracker, Clock clock) {
        commandBus.registerHandlerInterceptor(new DecisionDateCheck(clock));
        commandBus.registerHandlerInterceptor(tracker);
        eventBus.registerDispatchInterceptor(tracker);
    }

    /** The recorder and the client's command id travel from command metadata into every event it produces. */
    @Bean
    CorrelationDataProvider recorderCorrelation() {
        return new SimpleCorrelationDataProvider(RecordingMetadata.RECORDER, RecordingMetadata.CLIENT_COMMAND_ID);
    }
}
