package org.allianceledger.disagreement;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.allianceledger.alliance.DecisionCommand;
import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Ids;
import org.allianceledger.alliance.LongText;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Recording where the sources disagree, so that the record keeps both statements, each with its
 * citation, instead of choosing one silently.
 */
public sealed interface DisagreementCommand extends DecisionCommand {

    String disagreementId();

    /**
     * @param topic      the point the sources disagree on, e.g. "When the Information Management business case was approved"
     * @param resolution how the record treats it, e.g. "Both kept; recorded as the BCB report dates it"; null where it says nothing
     */
    @PublicName("record-disagreement")
    record RecordDisagreement(@TargetAggregateIdentifier String disagreementId, @LongText String topic, List<Statement> statements,
                              @LongText String resolution, DecisionContext decision) implements DisagreementCommand {

        public RecordDisagreement {
            Ids.requireSlug(disagreementId, "disagreementId");
            topic = Text.require(topic, "topic");
            if (statements == null || statements.size() < 2) {
                throw new IllegalArgumentException("statements: a disagreement sets at least two statements side by side");
            }
            if (statements.stream().anyMatch(Objects::isNull) || Set.copyOf(statements).size() != statements.size()) {
                throw new IllegalArgumentException("statements: a statement is left blank or given twice");
            }
            statements = List.copyOf(statements);
            resolution = Text.optional(resolution);
        }
    }
}
