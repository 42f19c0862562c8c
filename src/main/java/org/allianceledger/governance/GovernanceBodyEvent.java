package org.allianceledger.governance;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Names;
import org.allianceledger.alliance.Plain;
import org.allianceledger.alliance.PublicName;
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
    @PublicName("governance-body-established")
    record GovernanceBodyEstablished(String bodyId, String name, List<String> members, String chair, String cadence,
                                     String remit, DecisionContext decision) implements GovernanceBodyEvent {
        @Override
        public String summary(Names names) {
            return name + " established" + Plain.part(", chaired by ", chair, "");
        }

        @Override
        public Optional<String> nameGiven(Names names) {
            return Optional.of(name);
        }
    }

    /** Only the terms that changed are set; the others are null. */
    @Revision("1")
    @JsonTypeName("GovernanceBodyTermsChanged")
    @PublicName("governance-body-terms-changed")
    record GovernanceBodyTermsChanged(String bodyId, List<String> members, String chair, String cadence, String remit,
                                      DecisionContext decision) implements GovernanceBodyEvent {
        @Override
        public String summary(Names names) {
            String changed = Stream.of(members == null ? null : "members", chair == null ? null : "chair",
                    cadence == null ? null : "cadence", remit == null ? null : "remit")
                    .filter(term -> term != null).collect(Collectors.joining(", "));
            return "Terms of " + names.of(subject()) + " changed" + Plain.part(" (", changed, ")");
        }
    }

    @Revision("1")
    @JsonTypeName("GovernanceBodyDisbanded")
    @PublicName("governance-body-disbanded")
    record GovernanceBodyDisbanded(String bodyId, DecisionContext decision) implements GovernanceBodyEvent {
        @Override
        public String summary(Names names) {
            return names.of(subject()) + " disbanded";
        }
    }
}
