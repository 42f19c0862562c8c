package org.allianceledger.governance;

import java.util.List;

import org.allianceledger.alliance.DecisionContext;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** What the record says happened to a governance body. Projections switch over these exhaustively. */
public sealed interface GovernanceBodyEvent {

    String bodyId();

    DecisionContext decision();

    @Revision("1")
    @JsonTypeName("GovernanceBodyEstablished")
    record GovernanceBodyEstablished(String bodyId, String name, List<String> members, String chair, String cadence,
                                     String remit, DecisionContext decision) implements GovernanceBodyEvent {
    }

    /** Only the terms that changed are set; the others are null. */
    @Revision("1")
    @JsonTypeName("GovernanceBodyTermsChanged")
    record GovernanceBodyTermsChanged(String bodyId, List<String> members, String chair, String cadence, String remit,
                                      DecisionContext decision) implements GovernanceBodyEvent {
    }

    @Revision("1")
    @JsonTypeName("GovernanceBodyDisbanded")
    record GovernanceBodyDisbanded(String bodyId, DecisionContext decision) implements GovernanceBodyEvent {
    }
}
