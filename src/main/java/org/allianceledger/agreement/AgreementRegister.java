package org.allianceledger.agreement;

import java.util.List;

import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementAmended;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementCameIntoForce;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementDrafted;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementSigned;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementTabled;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementTerminated;
import org.allianceledger.readmodel.Change;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.Projection;
import org.allianceledger.readmodel.ChangeLog;
import org.allianceledger.readmodel.ChangeLogProjection;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import com.mongodb.client.MongoDatabase;

/** The register of Section 22A agreements: parties, each signature, in force from, on any date. */
@Projection
public class AgreementRegister extends ChangeLogProjection {

    AgreementRegister(MongoDatabase database) {
        super(database, "agreement_register");
    }

    @EventHandler
    void on(Section22AgreementDrafted event, EventMessage<?> message) {
        changeLog.record(change(message, event)
                .set("agreementId", event.agreementId())
                .set("functionId", event.functionId())
                .set("title", event.title())
                .set("scope", event.scope())
                .set("status", "drafted")
                .union("parties", event.parties()));
    }

    @EventHandler
    void on(Section22AgreementTabled event, EventMessage<?> message) {
        changeLog.record(change(message, event).set("status", "tabled").set("tabledOn", event.decision().decidedOn()));
    }

    @EventHandler
    void on(Section22AgreementSigned event, EventMessage<?> message) {
        changeLog.record(change(message, event).append("signatures",
                new AgreementRow.Signature(event.party(), event.signatory(), event.decision().decidedOn())));
    }

    @EventHandler
    void on(Section22AgreementCameIntoForce event, EventMessage<?> message) {
        changeLog.record(change(message, event).set("status", "in-force").set("inForceFrom", event.inForceFrom()));
    }

    @EventHandler
    void on(Section22AgreementAmended event, EventMessage<?> message) {
        changeLog.record(change(message, event)
                .append("amendments", new AgreementRow.Amendment(event.decision().decidedOn(), event.whatChanged(), event.partiesAdded()))
                .union("parties", event.partiesAdded()));
    }

    @EventHandler
    void on(Section22AgreementTerminated event, EventMessage<?> message) {
        changeLog.record(change(message, event).set("status", "terminated").set("terminatedOn", event.decision().decidedOn()));
    }

    public List<AgreementRow> agreements(PointInTime at) {
        return changeLog.states(at, ChangeLog.ALL, AgreementRow.class);
    }

    private static Change change(EventMessage<?> message, Section22AgreementEvent event) {
        return Change.of(message, event.agreementId(), event.decision());
    }
}
