package org.allianceledger.businesscase;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.Objects;

import org.allianceledger.alliance.ForecastLine;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.businesscase.BusinessCaseCommand.ApproveBusinessCase;
import org.allianceledger.businesscase.BusinessCaseCommand.ChangeBusinessCaseOption;
import org.allianceledger.businesscase.BusinessCaseCommand.SupersedeBusinessCase;
import org.allianceledger.businesscase.BusinessCaseCommand.WithdrawBusinessCase;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseApproved;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseOptionChanged;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseSuperseded;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseWithdrawn;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An approved business case. Once superseded or withdrawn it takes no further decisions. */
@Aggregate
class BusinessCase {

    @AggregateIdentifier
    private String caseId;
    private String title;
    private String option;
    private List<ForecastLine> forecast;
    private int caseVersion;
    private String closedAs;

    BusinessCase() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    BusinessCase(ApproveBusinessCase command) {
        apply(new BusinessCaseApproved(command.caseId(), command.functionId(), command.title(), command.option(),
                command.forecast(), 1, command.decision()));
    }

    @CommandHandler
    void handle(ChangeBusinessCaseOption command) {
        requireOpen();
        if (command.option().equals(option) && command.forecast().equals(forecast)) {
            throw new RuleViolation("option", title + " already has option '" + option + "' with that forecast");
        }
        apply(new BusinessCaseOptionChanged(caseId, option, command.option(), command.forecast(), caseVersion + 1,
                command.decision()));
    }

    @CommandHandler
    void handle(SupersedeBusinessCase command) {
        requireOpen();
        apply(new BusinessCaseSuperseded(caseId, command.supersededBy(), command.decision()));
    }

    @CommandHandler
    void handle(WithdrawBusinessCase command) {
        requireOpen();
        apply(new BusinessCaseWithdrawn(caseId, command.decision()));
    }

    private void requireOpen() {
        if (closedAs != null) {
            throw new RuleViolation("caseId", title + " was " + closedAs + " and takes no further decisions");
        }
    }

    @EventSourcingHandler
    void on(BusinessCaseApproved event) {
        caseId = event.caseId();
        title = event.title();
        option = event.option();
        forecast = event.forecast();
        caseVersion = event.caseVersion();
    }

    @EventSourcingHandler
    void on(BusinessCaseOptionChanged event) {
        option = event.option();
        forecast = event.forecast();
        caseVersion = event.caseVersion();
    }

    @EventSourcingHandler
    void on(BusinessCaseSuperseded event) {
        closedAs = "superseded by " + Objects.requireNonNull(event.supersededBy());
    }

    @EventSourcingHandler
    void on(BusinessCaseWithdrawn event) {
        closedAs = "withdrawn";
    }
}
