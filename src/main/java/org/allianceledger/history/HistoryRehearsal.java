package org.allianceledger.history;

import java.time.Clock;
import java.util.List;

import org.allianceledger.businesscase.ApprovedBusinessCases;
import org.allianceledger.businesscase.BusinessCasesInTheEventStore;
import org.allianceledger.command.DecisionDateCheck;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Plays a history file through the ledger's aggregates in memory before anything is stored, so
 * that a file one of whose entries breaks a rule (an agreement signed twice) is refused whole.
 */
@Component
class HistoryRehearsal {

    private static final String BASE_PACKAGE = "org.allianceledger";

    private final Clock clock;
    private final List<Class<?>> aggregates;

    HistoryRehearsal(Clock clock) {
        this.clock = clock;
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Aggregate.class));
        this.aggregates = scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), getClass().getClassLoader()))
                .toList();
    }

    void rehearse(List<HistoryEntry> entries, String fileName) {
        // No auto-located modules: they include Axon's update checker, which calls an outside host.
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .registerComponent(ApprovedBusinessCases.class, c -> new BusinessCasesInTheEventStore(c.eventStore()));
        aggregates.forEach(configurer::configureAggregate);
        Configuration rehearsal = configurer.buildConfiguration();
        rehearsal.commandBus().registerHandlerInterceptor(new DecisionDateCheck(clock));
        rehearsal.start();
        try {
            for (HistoryEntry entry : entries) {
                try {
                    rehearsal.commandGateway().sendAndWait(entry.command());
                } catch (RuntimeException e) {
                    throw new HistoryFileException(fileName + ": entry " + entry.id() + " (" + entry.commandName()
                            + ") would be refused: " + e.getMessage() + ". Nothing was loaded.", e);
                }
            }
        } finally {
            rehearsal.shutdown();
        }
    }
}
