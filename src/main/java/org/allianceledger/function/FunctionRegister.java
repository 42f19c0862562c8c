package org.allianceledger.function;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.allianceledger.function.CollaboratedFunctionEvent.AppointmentRecorded;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaboratedFunctionProposed;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationDeferred;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationNotProceeded;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationResumed;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionLeadershipChanged;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionMovedToBusinessAsUsual;
import org.allianceledger.alliance.Nature;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionWentLive;
import org.allianceledger.readmodel.Change;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.Projection;
import org.allianceledger.readmodel.ChangeLog;
import org.allianceledger.readmodel.ChangeLogProjection;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import com.mongodb.client.MongoDatabase;

/** The register of collaborated functions: lifecycle state, lead force and go-lives, on any date. */
@Projection
public class FunctionRegister extends ChangeLogProjection {

    FunctionRegister(MongoDatabase database) {
        super(database, "function_register");
    }

    @EventHandler
    void on(CollaboratedFunctionProposed event, EventMessage<?> message) {
        changeLog.record(state(message, event, "proposed")
                .set("functionId", event.functionId())
                .set("name", event.name())
                .set("portfolio", event.portfolio())
                .set("leadForce", event.leadForce())
                .set("participatingForces", event.participatingForces())
                .set("description", event.description()));
    }

    @EventHandler
    void on(FunctionLeadershipChanged event, EventMessage<?> message) {
        changeLog.record(change(message, event)
                .set("portfolio", event.portfolio())
                .set("leadForce", event.leadForce())
                .set("participatingForces", event.participatingForces()));
    }

    @EventHandler
    void on(FunctionWentLive event, EventMessage<?> message) {
        boolean planned = event.decision().nature() == Nature.PLANNED;
        FunctionRow.GoLive goLive = new FunctionRow.GoLive(event.decision().decidedOn(), event.phase(), event.whatWentLive(), planned);
        changeLog.record((planned ? change(message, event) : state(message, event, "live")).append("goLives", goLive));
    }

    @EventHandler
    void on(AppointmentRecorded event, EventMessage<?> message) {
        changeLog.record(change(message, event).append("appointments", new FunctionRow.Appointment(event.decision().decidedOn(),
                event.role(), event.appointee(), event.decision().nature() == Nature.PLANNED)));
    }

    @EventHandler
    void on(CollaborationDeferred event, EventMessage<?> message) {
        changeLog.record(state(message, event, "deferred")
                .set("reviewCondition", event.reviewCondition())
                .set("earliestReview", event.earliestReview()));
    }

    @EventHandler
    void on(CollaborationResumed event, EventMessage<?> message) {
        changeLog.record(state(message, event, "in-progress"));
    }

    @EventHandler
    void on(CollaborationNotProceeded event, EventMessage<?> message) {
        changeLog.record(state(message, event, "not-proceeded"));
    }

    @EventHandler
    void on(FunctionMovedToBusinessAsUsual event, EventMessage<?> message) {
        changeLog.record(state(message, event, "business-as-usual"));
    }

    public List<FunctionRow> functions(PointInTime at) {
        return changeLog.states(at, ChangeLog.ALL, FunctionRow.class);
    }

    /** Other registers name a function by id: their pages show the name this register holds. */
    public Map<String, String> names(PointInTime at) {
        return functions(at).stream().collect(Collectors.toMap(FunctionRow::functionId, FunctionRow::name));
    }

    private static Change change(EventMessage<?> message, CollaboratedFunctionEvent event) {
        return Change.of(message, event.functionId(), event.decision());
    }

    private static Change state(EventMessage<?> message, CollaboratedFunctionEvent event, String state) {
        return change(message, event).set("state", state).set("stateSince", event.decision().decidedOn());
    }
}
