package org.allianceledger.disagreement;

import java.util.List;
import java.util.Set;

import org.allianceledger.alliance.DecisionCommand;
import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Ids;
import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.LongText;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.Required;
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
            statements = Required.entries(statements, "statements");
            if (statements.size() < 2) {
                throw new InvalidInput("statements", "statements: a disagreement sets at least two statements side by side");
            }
            if (Set.copyOf(statements).size() != statements.size()) {
                throw new InvalidInput("statements", "statements: a statement is given twice");
            }
            for (int i = 0; i < statements.size(); i++) {
                requireCited(statements.get(i), "statements[" + i + "]");
            }
            resolution = Text.optional(resolution);
        }
    }

    /** A reader must see what each side printed: a statement quotes its source and says what the quote states. */
    private static void requireCited(Statement statement, String field) {
        Text.require(Required.value(statement.source(), field + ".source").quote(), field + ".source.quote");
        Text.require(statement.says(), field + ".says");
    }
}
