package org.allianceledger.businesscase;

import java.util.List;
import java.util.Optional;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.allianceledger.alliance.ForecastLine;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * What the record says happened to a business case. Each forecast carries the case's version
 * (1 at approval, one more per option change), so projections can show forecast by version.
 */
public sealed interface BusinessCaseEvent extends RecordedDecision {

    @Override
    default Subject subject() {
        return new Subject("business-case", caseId());
    }

    String caseId();

    @Revision("1")
    @JsonTypeName("BusinessCaseApproved")
    record BusinessCaseApproved(String caseId, String functionId, String title, String option,
                                List<ForecastLine> forecast, int caseVersion, DecisionContext decision)
            implements BusinessCaseEvent {
        @Override
        public String summary() {
            return "Business case '" + title + "' approved (option: " + option + ", version " + caseVersion + ")";
        }

        @Override
        public Optional<String> concernedFunction() {
            return Optional.of(functionId);
        }
    }

    @Revision("1")
    @JsonTypeName("BusinessCaseOptionChanged")
    record BusinessCaseOptionChanged(String caseId, String previousOption, String option, List<ForecastLine> forecast,
                                     int caseVersion, DecisionContext decision) implements BusinessCaseEvent {
        @Override
        public String summary() {
            return "Business case " + caseId + " changed option from " + previousOption + " to " + option + " (version " + caseVersion + ")";
        }
    }

    @Revision("1")
    @JsonTypeName("BusinessCaseSuperseded")
    record BusinessCaseSuperseded(String caseId, String supersededBy, DecisionContext decision)
            implements BusinessCaseEvent {
        @Override
        public String summary() {
            return "Business case " + caseId + " superseded by " + supersededBy;
        }
    }

    @Revision("1")
    @JsonTypeName("BusinessCaseWithdrawn")
    record BusinessCaseWithdrawn(String caseId, DecisionContext decision) implements BusinessCaseEvent {
        @Override
        public String summary() {
            return "Business case " + caseId + " withdrawn";
        }
    }
}
