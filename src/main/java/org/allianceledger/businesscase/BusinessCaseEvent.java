package org.allianceledger.businesscase;

import java.util.List;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.ForecastLine;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * What the record says happened to a business case. Each forecast carries the case's version
 * (1 at approval, one more per option change), so projections can show forecast by version.
 */
public sealed interface BusinessCaseEvent {

    String caseId();

    DecisionContext decision();

    @Revision("1")
    @JsonTypeName("BusinessCaseApproved")
    record BusinessCaseApproved(String caseId, String functionId, String title, String option,
                                List<ForecastLine> forecast, int caseVersion, DecisionContext decision)
            implements BusinessCaseEvent {
    }

    @Revision("1")
    @JsonTypeName("BusinessCaseOptionChanged")
    record BusinessCaseOptionChanged(String caseId, String previousOption, String option, List<ForecastLine> forecast,
                                     int caseVersion, DecisionContext decision) implements BusinessCaseEvent {
    }

    @Revision("1")
    @JsonTypeName("BusinessCaseSuperseded")
    record BusinessCaseSuperseded(String caseId, String supersededBy, DecisionContext decision)
            implements BusinessCaseEvent {
    }

    @Revision("1")
    @JsonTypeName("BusinessCaseWithdrawn")
    record BusinessCaseWithdrawn(String caseId, DecisionContext decision) implements BusinessCaseEvent {
    }
}
