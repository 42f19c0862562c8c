package org.allianceledger.disagreement;

import java.util.List;
import java.util.Optional;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Names;
import org.allianceledger.alliance.Plain;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** What the record says about a disagreement between its sources. */
public sealed interface DisagreementEvent extends RecordedDecision {

    @Override
    default Subject subject() {
        return new Subject("disagreement", disagreementId());
    }

    String disagreementId();

    @Revision("1")
    @JsonTypeName("DisagreementRecorded")
    @PublicName("disagreement-recorded")
    record DisagreementRecorded(String disagreementId, String topic, List<Statement> statements, String resolution,
                                DecisionContext decision) implements DisagreementEvent {
        @Override
        public String summary(Names names) {
            return "Sources disagree" + Plain.part(": ", topic, "");
        }

        @Override
        public Optional<String> nameGiven(Names names) {
            return Optional.ofNullable(topic);
        }
    }
}
