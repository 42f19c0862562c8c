package org.allianceledger.governance;

import java.util.HashSet;
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

/** The alliance's financial principles (agreed June 2015) and how far each was put into practice. */
public sealed interface FinancialPrinciplesCommand extends DecisionCommand {

    String principlesId();

    record Principle(int number, @LongText String text) {
    }

    @PublicName("agree-financial-principles")
    record AgreeFinancialPrinciples(@TargetAggregateIdentifier String principlesId, String title,
                                    List<Principle> principles, DecisionContext decision)
            implements FinancialPrinciplesCommand {

        public AgreeFinancialPrinciples {
            Ids.requireSlug(principlesId, "principlesId");
            title = Text.require(title, "title");
            principles = Required.entries(principles, "principles");
            if (principles.isEmpty()) {
                throw new InvalidInput("principles", "At least one principle is agreed");
            }
            Set<Integer> numbers = new HashSet<>();
            for (int i = 0; i < principles.size(); i++) {
                Principle principle = principles.get(i);
                String field = "principles[" + i + "]";
                if (principle.number() < 1) {
                    throw new InvalidInput(field + ".number", "A principle's number starts at 1");
                }
                if (!numbers.add(principle.number())) {
                    throw new InvalidInput(field + ".number", "Principle " + principle.number() + " is numbered twice");
                }
                Text.require(principle.text(), field + ".text");
            }
        }
    }

    @PublicName("record-principle-implementation")
    record RecordPrincipleImplementation(@TargetAggregateIdentifier String principlesId, int number,
                                         PrincipleImplementation status, @LongText String note, DecisionContext decision)
            implements FinancialPrinciplesCommand {

        public RecordPrincipleImplementation {
            Ids.requireSlug(principlesId, "principlesId");
            Required.value(status, "status");
            note = Text.optional(note);
        }
    }
}
