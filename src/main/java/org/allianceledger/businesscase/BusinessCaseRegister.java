package org.allianceledger.businesscase;

import java.util.List;

import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseApproved;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseOptionChanged;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseSuperseded;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseWithdrawn;
import org.allianceledger.readmodel.Fact;
import org.allianceledger.readmodel.KeyedView;
import org.allianceledger.readmodel.KeyedViews;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.Projection;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

/** The register of business cases: versions, forecasts and standing, on any date. */
@Projection
public class BusinessCaseRegister implements KeyedViews {

    private final KeyedView<BusinessCaseEvent, BusinessCaseRow> cases = new KeyedView<>(BusinessCaseEvent.class, BusinessCaseRegister::evolve);

    @EventHandler
    void on(BusinessCaseEvent event, EventMessage<?> message) {
        cases.add(event.caseId(), Fact.of(event, message));
    }

    @ResetHandler
    void reset() {
        cases.clear();
    }

    @Override
    public List<KeyedView<?, ?>> keyedViews() {
        return List.of(cases);
    }

    public List<BusinessCaseRow> businessCases(PointInTime at) {
        return cases.rows(at);
    }

    /** A case's row after one more of its events. */
    static BusinessCaseRow evolve(BusinessCaseRow row, Fact<BusinessCaseEvent> fact) {
        BusinessCaseRow before = row == null ? BusinessCaseRow.empty(fact.event().caseId()) : row;
        return switch (fact.event()) {
            case BusinessCaseApproved approved -> before
                    .approved(approved.functionId(), approved.title(), approved.decision().decidedOn())
                    .version(approved.caseVersion(), approved.option(), approved.forecast(), approved.decision().decidedOn());
            case BusinessCaseOptionChanged changed -> before
                    .version(changed.caseVersion(), changed.option(), changed.forecast(), changed.decision().decidedOn());
            case BusinessCaseSuperseded superseded -> before.standing("superseded", superseded.supersededBy());
            case BusinessCaseWithdrawn withdrawn -> before.standing("withdrawn", before.supersededBy());
        };
    }
}
