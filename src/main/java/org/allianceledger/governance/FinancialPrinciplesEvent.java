package org.allianceledger.governance;

import java.util.List;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.allianceledger.governance.FinancialPrinciplesCommand.Principle;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

public sealed interface FinancialPrinciplesEvent extends RecordedDecision {

    @Override
    default Subject subject() {
        return new Subject("financial-principles", principlesId());
    }

    String principlesId();

    @Revision("1")
    @JsonTypeName("FinancialPrinciplesAgreed")
    record FinancialPrinciplesAgreed(String principlesId, String title, List<Principle> principles,
                                     DecisionContext decision) implements FinancialPrinciplesEvent {
        @Override
        public String summary() {
            return "Financial principles '" + title + "' agreed (" + principles.size() + " principles)";
        }
    }

    @Revision("1")
    @JsonTypeName("PrincipleImplementationRecorded")
    record PrincipleImplementationRecorded(String principlesId, int number, PrincipleImplementation previous,
                                           PrincipleImplementation status, String note, DecisionContext decision)
            implements FinancialPrinciplesEvent {
        @Override
        public String summary() {
            return "Financial principle " + number + " of " + principlesId + ": " + status;
        }
    }
}
