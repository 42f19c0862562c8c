package org.allianceledger.governance;

import java.util.List;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.governance.FinancialPrinciplesCommand.Principle;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

public sealed interface FinancialPrinciplesEvent {

    String principlesId();

    DecisionContext decision();

    @Revision("1")
    @JsonTypeName("FinancialPrinciplesAgreed")
    record FinancialPrinciplesAgreed(String principlesId, String title, List<Principle> principles,
                                     DecisionContext decision) implements FinancialPrinciplesEvent {
    }

    @Revision("1")
    @JsonTypeName("PrincipleImplementationRecorded")
    record PrincipleImplementationRecorded(String principlesId, int number, PrincipleImplementation previous,
                                           PrincipleImplementation status, String note, DecisionContext decision)
            implements FinancialPrinciplesEvent {
    }
}
