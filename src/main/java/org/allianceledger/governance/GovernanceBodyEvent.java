package org.allianceledger.governance;

import java.util.List;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** What the record says happened to a governance body. Projections switch over these exhaustively. */
public sealed interface GovernanceBodyEvent extends RecordedDecision {

    @Override
    default Subject subject() {
        return new Subject("governance-body", bodyId());
    }

    String bodyId();

    @Revision("1")
    @JsonTypeName("GovernanceBodyEstablished")
    record GovernanceBodyEstablished(String bodyId, String name, List<String> members, String chair, String cadence,
                                     String remit, DecisionContext decision) implements GovernanceBodyEvent {
        @Override
        public String summary() {
            return "" + name + " established" + (chair == null ? "" : ", chaired by " + chair);
        }
    }

    /** Only the terms that changed are set; the others are null. */
    @Revision("1")
    @JsonTypeName("GovernanceBodyTermsChanged")
    record GovernanceBodyTermsChanged(String bodyId, List<String> members, String chair, String cadence, String remit,
                                      DecisionContext decision) implements GovernanceBodyEvent {
        @Override
        public String summary() {
            return "Terms of " + bodyId + " changed";
        }
    }

    @Revision("1")
    @JsonTypeName("GovernanceBodyDisbanded")
    record GovernanceBodyDisbanded(String bodyId, DecisionContext decision) implements GovernanceBodyEvent {
        @Override
        public String summary() {
            return "" + bodyId + " disbanded";
        }
    }
}
