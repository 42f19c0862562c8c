package org.allianceledger.disagreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.disagreement.DisagreementCommand.RecordDisagreement;
import org.allianceledger.disagreement.DisagreementEvent.DisagreementRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A disagreement between sources. Nobody decided it: the documents report it, so it is recorded as
 * reported, with no body and no deciders, and no earlier than the later dated document that makes
 * it one. It is recorded once; a second record under the same id is a duplicate.
 */
@Aggregate
class Disagreement {

    @AggregateIdentifier
    private String disagreementId;

    Disagreement() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Disagreement(RecordDisagreement command) {
        requireReportedNotDecided(command.decision());
        requireNoEarlierThanItsSources(command);
        apply(new DisagreementRecorded(command.disagreementId(), command.topic(), command.statements(),
                command.resolution(), command.decision()));
    }

    private static void requireReportedNotDecided(DecisionContext decision) {
        if (decision.nature() != Nature.REPORTED) {
            throw new RuleViolation("decision.nature", "Sources disagreeing is something the documents report, not a "
                    + decision.nature() + ": record it as REPORTED");
        }
        if (decision.body() != null || !decision.decidedBy().isEmpty()) {
            throw new RuleViolation(decision.body() != null ? "decision.body" : "decision.decidedBy",
                    "Nobody decides a disagreement between sources: it names no body and no deciders");
        }
    }

    /** The sources disagree only once both exist: an undated document sets no bound. */
    private static void requireNoEarlierThanItsSources(RecordDisagreement command) {
        PartialDate recordedOn = command.decision().decidedOn();
        Optional<PartialDate> laterDocument = command.statements().stream().map(statement -> statement.source().date())
                .filter(Objects::nonNull).max(Comparator.naturalOrder());
        if (laterDocument.isPresent() && recordedOn.latest().isBefore(laterDocument.get().earliest())) {
            throw new RuleViolation("decision.decidedOn", "A disagreement dated " + recordedOn
                    + " precedes the later of its documents, dated " + laterDocument.get());
        }
    }

    @EventSourcingHandler
    void on(DisagreementRecorded event) {
        disagreementId = event.disagreementId();
    }
}
