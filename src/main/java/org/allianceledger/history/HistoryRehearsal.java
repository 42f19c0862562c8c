package org.allianceledger.history;

import java.time.Clock;
import java.util.List;

import org.allianceledger.businesscase.ApprovedBusinessCases;
import org.allianceledger.businesscase.BusinessCasesInTheEventStore;
import org.allianceledger.command.DecisionDateCheck;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * Plays a history file through the ledger's aggregates in memory before anything is stored, so
 * that a file one of whose entries breaks a rule (an agreement signed twice) is refused whole.
 */
@Component
class HistoryRehearsal {

    private final Clock clock;
    private final Configuration axon;

    /** The running service's Axon configuration: its aggregates are the ones rehearsed. */
    HistoryRehearsal(Clock clock, Configuration axon) {
        this.clock = clock;
        this.axon = axon;
    }

    void rehearse(List<HistoryEntry> entries, String fileName) {
        // No auto-located modules: they include Axon's update checker, which calls an outside host.
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .registerComponent(ApprovedBusinessCases.class, c -> new BusinessCasesInTheEventStore(c.eventStore()));
        axon.findModules(AggregateConfiguration.class).forEach(aggregate -> configurer.configureAggregate(aggregate.aggregateType()));
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
