package org.allianceledger.governance;

import java.util.HashSet;
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

/** The alliance's financial principles (agreed June 2015) and how far each was put into practice. */
public sealed interface FinancialPrinciplesCommand extends DecisionCommand {

    String principlesId();

    record Principle(int number, @LongText String text) {

        public Principle {
            if (number < 1) {
                throw new IllegalArgumentException("A principle's number starts at 1");
            }
            text = Text.require(text, "principle text");
        }
    }

    @PublicName("agree-financial-principles")
    record AgreeFinancialPrinciples(@TargetAggregateIdentifier String principlesId, String title,
                                    List<Principle> principles, DecisionContext decision)
            implements FinancialPrinciplesCommand {

        public AgreeFinancialPrinciples {
            Ids.requireSlug(principlesId, "principlesId");
            title = Text.require(title, "title");
            if (principles == null || principles.isEmpty()) {
                throw new IllegalArgumentException("At least one principle is agreed");
            }
            Set<Integer> numbers = new HashSet<>();
            for (Principle principle : principles) {
                if (!numbers.add(Objects.requireNonNull(principle, "a principle is missing").number())) {
                    throw new IllegalArgumentException("Principle " + principle.number() + " is numbered twice");
                }
            }
            principles = List.copyOf(principles);
        }
    }

    @PublicName("record-principle-implementation")
    record RecordPrincipleImplementation(@TargetAggregateIdentifier String principlesId, int number,
                                         PrincipleImplementation status, @LongText String note, DecisionContext decision)
            implements FinancialPrinciplesCommand {

        public RecordPrincipleImplementation {
            Ids.requireSlug(principlesId, "principlesId");
            Objects.requireNonNull(status, "status is required");
            note = Text.optional(note);
        }
    }
}
