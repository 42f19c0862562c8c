package org.allianceledger.function;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.Portfolio;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.function.CollaboratedFunctionCommand.ChangeFunctionLeadership;
import org.allianceledger.function.CollaboratedFunctionCommand.DecideNotToProceed;
import org.allianceledger.function.CollaboratedFunctionCommand.DeferCollaboration;
import org.allianceledger.function.CollaboratedFunctionCommand.MoveToBusinessAsUsual;
import org.allianceledger.function.CollaboratedFunctionCommand.RecordAppointment;
import org.allianceledger.function.CollaboratedFunctionCommand.ProposeCollaboratedFunction;
import org.allianceledger.function.CollaboratedFunctionCommand.RecordGoLive;
import org.allianceledger.function.CollaboratedFunctionCommand.ResumeCollaboration;
import org.allianceledger.function.CollaboratedFunctionEvent.AppointmentRecorded;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaboratedFunctionProposed;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationDeferred;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationNotProceeded;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationResumed;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionLeadershipChanged;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionMovedToBusinessAsUsual;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionWentLive;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A function the alliance collaborates (or considered collaborating). Business-case approvals and
 * agreements are their own aggregates' facts; this one holds only what its own decisions need:
 * where the collaboration stands and whether anything has gone live.
 */
@Aggregate
class CollaboratedFunction {

    enum Standing { IN_PROGRESS, DEFERRED, NOT_PROCEEDED, BUSINESS_AS_USUAL }

    @AggregateIdentifier
    private String functionId;
    private String name;
    private Standing standing;
    private boolean live;
    private Portfolio portfolio;
    private Force leadForce;
    private List<Force> participatingForces;

    CollaboratedFunction() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    CollaboratedFunction(ProposeCollaboratedFunction command) {
        apply(new CollaboratedFunctionProposed(command.functionId(), command.name(), command.portfolio(),
                command.leadForce(), command.participatingForces(), command.description(), command.decision()));
    }

    @CommandHandler
    void handle(ChangeFunctionLeadership command) {
        refuseIn(Standing.NOT_PROCEEDED);
        if (command.portfolio() == portfolio && command.leadForce() == leadForce
                && command.participatingForces().equals(participatingForces)) {
            throw new RuleViolation("leadForce", name + " already has that portfolio, lead force and participants");
        }
        apply(new FunctionLeadershipChanged(functionId, command.portfolio(), command.leadForce(),
                command.participatingForces(), command.decision()));
    }

    @CommandHandler
    void handle(RecordGoLive command) {
        refuseIn(Standing.NOT_PROCEEDED, Standing.DEFERRED);
        apply(new FunctionWentLive(functionId, command.phase(), command.whatWentLive(), command.decision()));
    }

    @CommandHandler
    void handle(RecordAppointment command) {
        apply(new AppointmentRecorded(functionId, command.role(), command.appointee(), command.decision()));
    }

    @CommandHandler
    void handle(DeferCollaboration command) {
        refuseIn(Standing.DEFERRED, Standing.NOT_PROCEEDED, Standing.BUSINESS_AS_USUAL);
        apply(new CollaborationDeferred(functionId, command.reviewCondition(), command.earliestReview(), command.decision()));
    }

    @CommandHandler
    void handle(ResumeCollaboration command) {
        if (standing != Standing.DEFERRED) {
            throw new RuleViolation("functionId", "Only a deferred collaboration can be resumed; " + name + " is " + standing);
        }
        apply(new CollaborationResumed(functionId, command.decision()));
    }

    @CommandHandler
    void handle(DecideNotToProceed command) {
        refuseIn(Standing.NOT_PROCEEDED, Standing.BUSINESS_AS_USUAL);
        apply(new CollaborationNotProceeded(functionId, command.decision()));
    }

    @CommandHandler
    void handle(MoveToBusinessAsUsual command) {
        refuseIn(Standing.DEFERRED, Standing.NOT_PROCEEDED, Standing.BUSINESS_AS_USUAL);
        if (!live) {
            throw new RuleViolation("functionId", name + " has not gone live, so it cannot be business as usual");
        }
        apply(new FunctionMovedToBusinessAsUsual(functionId, command.decision()));
    }

    private void refuseIn(Standing... refused) {
        for (Standing s : refused) {
            if (standing == s) {
                throw new RuleViolation("functionId", name + " is " + standing + ": that decision no longer applies to it");
            }
        }
    }

    @EventSourcingHandler
    void on(CollaboratedFunctionProposed event) {
        functionId = event.functionId();
        name = event.name();
        standing = Standing.IN_PROGRESS;
        portfolio = event.portfolio();
        leadForce = event.leadForce();
        participatingForces = event.participatingForces();
    }

    @EventSourcingHandler
    void on(FunctionLeadershipChanged event) {
        portfolio = event.portfolio();
        leadForce = event.leadForce();
        participatingForces = event.participatingForces();
    }

    @EventSourcingHandler
    void on(FunctionWentLive event) {
        // a go-live a document only expects has not happened
        live = live || event.decision().nature() != Nature.PLANNED;
    }

    @EventSourcingHandler
    void on(CollaborationDeferred event) {
        standing = Standing.DEFERRED;
    }

    @EventSourcingHandler
    void on(CollaborationResumed event) {
        standing = Standing.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(CollaborationNotProceeded event) {
        standing = Standing.NOT_PROCEEDED;
    }

    @EventSourcingHandler
    void on(FunctionMovedToBusinessAsUsual event) {
        standing = Standing.BUSINESS_AS_USUAL;
    }
}
