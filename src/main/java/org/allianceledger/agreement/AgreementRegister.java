package org.allianceledger.agreement;

import java.util.List;

import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementAmended;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementCameIntoForce;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementDrafted;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementSigned;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementTabled;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementTerminated;
import org.allianceledger.readmodel.Fact;
import org.allianceledger.readmodel.KeyedView;
import org.allianceledger.readmodel.KeyedViews;
import org.allianceledger.readmodel.Lists;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.Projection;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

/** The register of Section 22A agreements: parties, each signature, in force from, on any date. */
@Projection
public class AgreementRegister implements KeyedViews {

    private final KeyedView<Section22AgreementEvent, AgreementRow> agreements = new KeyedView<>(Section22AgreementEvent.class, AgreementRegister::evolve);

    @EventHandler
    void on(Section22AgreementEvent event, EventMessage<?> message) {
        agreements.add(event.agreementId(), Fact.of(event, message));
    }

    @ResetHandler
    void reset() {
        agreements.clear();
    }

    @Override
    public List<KeyedView<?, ?>> keyedViews() {
        return List.of(agreements);
    }

    public List<AgreementRow> agreements(PointInTime at) {
        return agreements.rows(at);
    }

    /** An agreement's row after one more of its events. */
    static AgreementRow evolve(AgreementRow row, Fact<Section22AgreementEvent> fact) {
        AgreementRow before = row == null ? AgreementRow.empty(fact.event().agreementId()) : row;
        return switch (fact.event()) {
            case Section22AgreementDrafted drafted -> before.drafted(drafted.functionId(), drafted.title(),
                    Lists.union(before.parties(), drafted.parties()), drafted.scope());
            case Section22AgreementTabled tabled -> before.tabled(tabled.decision().decidedOn());
            case Section22AgreementSigned signed -> before.signed(
                    new AgreementRow.Signature(signed.party(), signed.signatory(), signed.decision().decidedOn()));
            case Section22AgreementCameIntoForce inForce -> before.inForce(inForce.inForceFrom());
            case Section22AgreementAmended amended -> before.amended(
                    new AgreementRow.Amendment(amended.decision().decidedOn(), amended.whatChanged(), amended.partiesAdded()),
                    Lists.union(before.parties(), amended.partiesAdded()));
            case Section22AgreementTerminated terminated -> before.terminated(terminated.decision().decidedOn());
        };
    }
}
