package org.allianceledger.function;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Nature;
import org.allianceledger.function.CollaboratedFunctionEvent.AppointmentRecorded;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaboratedFunctionProposed;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationDeferred;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationNotProceeded;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationResumed;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionLeadershipChanged;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionMovedToBusinessAsUsual;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionWentLive;
import org.allianceledger.readmodel.Fact;
import org.allianceledger.readmodel.KeyedView;
import org.allianceledger.readmodel.KeyedViews;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.Projection;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

/** The register of collaborated functions: lifecycle state, lead force and go-lives, on any date. */
@Projection
public class FunctionRegister implements KeyedViews {

    private final KeyedView<CollaboratedFunctionEvent, FunctionRow> functions = new KeyedView<>(CollaboratedFunctionEvent.class, FunctionRegister::evolve);

    @EventHandler
    void on(CollaboratedFunctionEvent event, EventMessage<?> message) {
        functions.add(event.functionId(), Fact.of(event, message));
    }

    @ResetHandler
    void reset() {
        functions.clear();
    }

    @Override
    public List<KeyedView<?, ?>> keyedViews() {
        return List.of(functions);
    }

    public List<FunctionRow> functions(PointInTime at) {
        return functions.rows(at);
    }

    /** Other registers name a function by id: their pages show the name this register holds. */
    public Map<String, String> names(PointInTime at) {
        return functions(at).stream().filter(row -> row.name() != null)
                .collect(Collectors.toMap(FunctionRow::functionId, FunctionRow::name));
    }

    /** A function's row after one more of its events. */
    static FunctionRow evolve(FunctionRow row, Fact<CollaboratedFunctionEvent> fact) {
        FunctionRow before = row == null ? FunctionRow.empty(fact.event().functionId()) : row;
        DecisionContext decision = fact.event().decision();
        boolean planned = decision.nature() == Nature.PLANNED;
        return switch (fact.event()) {
            case CollaboratedFunctionProposed proposed -> before.proposed(proposed.name(), proposed.description())
                    .led(proposed.portfolio(), proposed.leadForce(), proposed.participatingForces())
                    .in("proposed", decision.decidedOn());
            case FunctionLeadershipChanged changed -> before.led(changed.portfolio(), changed.leadForce(), changed.participatingForces());
            // a go-live a document only expects leaves the state as it was
            case FunctionWentLive live -> (planned ? before : before.in("live", decision.decidedOn()))
                    .with(new FunctionRow.GoLive(decision.decidedOn(), live.phase(), live.whatWentLive(), planned));
            case AppointmentRecorded appointment -> before.with(new FunctionRow.Appointment(decision.decidedOn(),
                    appointment.role(), appointment.appointee(), planned));
            case CollaborationDeferred deferred -> before.in("deferred", decision.decidedOn())
                    .deferred(deferred.reviewCondition(), deferred.earliestReview());
            case CollaborationResumed resumed -> before.in("in-progress", decision.decidedOn());
            case CollaborationNotProceeded notProceeded -> before.in("not-proceeded", decision.decidedOn());
            case FunctionMovedToBusinessAsUsual moved -> before.in("business-as-usual", decision.decidedOn());
        };
    }
}
