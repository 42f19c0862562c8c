package org.allianceledger.governance;

import java.util.List;
import java.util.Optional;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Names;
import org.allianceledger.alliance.Plain;
import org.allianceledger.alliance.PublicName;
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
    @PublicName("financial-principles-agreed")
    record FinancialPrinciplesAgreed(String principlesId, String title, List<Principle> principles,
                                     DecisionContext decision) implements FinancialPrinciplesEvent {
        @Override
        public String summary(Names names) {
            return "Financial principles '" + title + "' agreed (" + Plain.count(principles.size(), "principle", "principles") + ")";
        }

        @Override
        public Optional<String> nameGiven(Names names) {
            return Optional.of(title);
        }
    }

    @Revision("1")
    @JsonTypeName("PrincipleImplementationRecorded")
    @PublicName("principle-implementation-recorded")
    record PrincipleImplementationRecorded(String principlesId, int number, PrincipleImplementation previous,
                                           PrincipleImplementation status, String note, DecisionContext decision)
            implements FinancialPrinciplesEvent {
        @Override
        public String summary(Names names) {
            return "Financial principle " + number + " of '" + names.of(subject()) + "': " + Plain.words(status)
                    + Plain.part(" (was ", previous, ")");
        }
    }
}
