package org.allianceledger.disagreement;

import java.util.List;

import org.allianceledger.disagreement.DisagreementEvent.DisagreementRecorded;
import org.allianceledger.readmodel.Change;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.Projection;
import org.allianceledger.readmodel.ChangeLog;
import org.allianceledger.readmodel.ChangeLogProjection;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import com.mongodb.client.MongoDatabase;

/** The register of disagreements between sources: each statement side by side, on any date. */
@Projection
public class DisagreementRegister extends ChangeLogProjection {

    DisagreementRegister(MongoDatabase database) {
        super(database, "disagreement_register");
    }

    @EventHandler
    void on(DisagreementRecorded event, EventMessage<?> message) {
        changeLog.record(Change.of(message, event.disagreementId(), event.decision())
                .set("disagreementId", event.disagreementId())
                .set("topic", event.topic())
                .set("statements", event.statements())
                .set("resolution", event.resolution())
                .set("recordedOn", event.decision().decidedOn())
                .set("dateInferredFrom", event.decision().dateInferredFrom()));
    }

    /** In the order they were dated. */
    public List<DisagreementRow> disagreements(PointInTime at) {
        return changeLog.states(at, ChangeLog.ALL, DisagreementRow.class);
    }
}
