package org.allianceledger.governance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.governance.GovernanceBodyCommand.ChangeGovernanceBodyTerms;
import org.allianceledger.governance.GovernanceBodyCommand.DisbandGovernanceBody;
import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyDisbanded;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyEstablished;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyTermsChanged;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A governance body of the alliance. Its only rule: a disbanded body takes no further decisions. */
@Aggregate
class GovernanceBody {

    @AggregateIdentifier
    private String bodyId;
    private String name;
    private boolean disbanded;

    GovernanceBody() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    GovernanceBody(EstablishGovernanceBody command) {
        apply(new GovernanceBodyEstablished(command.bodyId(), command.name(), command.members(), command.chair(),
                command.cadence(), command.remit(), command.decision()));
    }

    @CommandHandler
    void handle(ChangeGovernanceBodyTerms command) {
        requireNotDisbanded();
        apply(new GovernanceBodyTermsChanged(bodyId, command.members(), command.chair(), command.cadence(),
                command.remit(), command.decision()));
    }

    @CommandHandler
    void handle(DisbandGovernanceBody command) {
        requireNotDisbanded();
        apply(new GovernanceBodyDisbanded(bodyId, command.decision()));
    }

    private void requireNotDisbanded() {
        if (disbanded) {
            throw new RuleViolation("bodyId", name + " was disbanded and takes no further decisions");
        }
    }

    @EventSourcingHandler
    void on(GovernanceBodyEstablished event) {
        bodyId = event.bodyId();
        name = event.name();
    }

    @EventSourcingHandler
    void on(GovernanceBodyDisbanded event) {
        disbanded = true;
    }
}
