package org.allianceledger.businesscase;

import java.util.List;
import java.util.Optional;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.allianceledger.alliance.ForecastLine;
import org.allianceledger.alliance.Names;
import org.allianceledger.alliance.Plain;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * What the record says happened to a business case. Each forecast carries the case's version
 * (1 at approval, one more per option change), so projections can show forecast by version.
 */
public sealed interface BusinessCaseEvent extends RecordedDecision {

    @Override
    default Subject subject() {
        return new Subject(Subject.BUSINESS_CASE, caseId());
    }

    String caseId();

    /** The case as readers know it: "Business case 'Custody business case'", by the title its approval gave it. */
    default String businessCase(Names names) {
        return "Business case '" + names.of(subject()) + "'";
    }

    @Revision("1")
    @JsonTypeName("BusinessCaseApproved")
    @PublicName("business-case-approved")
    record BusinessCaseApproved(String caseId, String functionId, String title, String option,
                                List<ForecastLine> forecast, int caseVersion, DecisionContext decision)
            implements BusinessCaseEvent {
        @Override
        public String summary(Names names) {
            return "Business case '" + title + "' approved (" + Plain.part("option: ", option, ", ") + "version " + caseVersion + ")";
        }

        @Override
        public Optional<String> nameGiven(Names names) {
            return Optional.of(title);
        }

        @Override
        public Optional<String> concernedFunction() {
            return Optional.of(functionId);
        }
    }

    @Revision("1")
    @JsonTypeName("BusinessCaseOptionChanged")
    @PublicName("business-case-option-changed")
    record BusinessCaseOptionChanged(String caseId, String previousOption, String option, List<ForecastLine> forecast,
                                     int caseVersion, DecisionContext decision) implements BusinessCaseEvent {
        @Override
        public String summary(Names names) {
            return businessCase(names) + " changed option" + Plain.part(" from ", previousOption, "") + Plain.part(" to ", option, "")
                    + " (version " + caseVersion + ")";
        }
    }

    @Revision("1")
    @JsonTypeName("BusinessCaseSuperseded")
    @PublicName("business-case-superseded")
    record BusinessCaseSuperseded(String caseId, String supersededBy, DecisionContext decision)
            implements BusinessCaseEvent {
        @Override
        public String summary(Names names) {
            return businessCase(names) + " superseded" + Plain.part(" by '", names.of(Subject.BUSINESS_CASE, supersededBy), "'");
        }
    }

    @Revision("1")
    @JsonTypeName("BusinessCaseWithdrawn")
    @PublicName("business-case-withdrawn")
    record BusinessCaseWithdrawn(String caseId, DecisionContext decision) implements BusinessCaseEvent {
        @Override
        public String summary(Names names) {
            return businessCase(names) + " withdrawn";
        }
    }
}
