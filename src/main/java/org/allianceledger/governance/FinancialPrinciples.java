package org.allianceledger.governance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;

import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.governance.FinancialPrinciplesCommand.AgreeFinancialPrinciples;
import org.allianceledger.governance.FinancialPrinciplesCommand.RecordPrincipleImplementation;
import org.allianceledger.governance.FinancialPrinciplesEvent.FinancialPrinciplesAgreed;
import org.allianceledger.governance.FinancialPrinciplesEvent.PrincipleImplementationRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A set of agreed financial principles; each principle's implementation is tracked by its number. */
@Aggregate
class FinancialPrinciples {

    @AggregateIdentifier
    private String principlesId;
    private final Map<Integer, PrincipleImplementation> implementation = new HashMap<>();

    FinancialPrinciples() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    FinancialPrinciples(AgreeFinancialPrinciples command) {
        apply(new FinancialPrinciplesAgreed(command.principlesId(), command.title(), command.principles(), command.decision()));
    }

    @CommandHandler
    void handle(RecordPrincipleImplementation command) {
        PrincipleImplementation current = implementation.get(command.number());
        if (current == null) {
            throw new RuleViolation("number", "There is no principle " + command.number() + " in " + principlesId);
        }
        if (current == command.status()) {
            throw new RuleViolation("status", "Principle " + command.number() + " is already " + current);
        }
        apply(new PrincipleImplementationRecorded(principlesId, command.number(), current, command.status(),
                command.note(), command.decision()));
    }

    @EventSourcingHandler
    void on(FinancialPrinciplesAgreed event) {
        principlesId = event.principlesId();
        event.principles().forEach(p -> implementation.put(p.number(), PrincipleImplementation.NOT_STARTED));
    }

    @EventSourcingHandler
    void on(PrincipleImplementationRecorded event) {
        implementation.put(event.number(), event.status());
    }
}
