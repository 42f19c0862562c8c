package org.allianceledger.businesscase;

import java.util.List;

import org.allianceledger.alliance.DecisionCommand;
import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.ForecastLine;
import org.allianceledger.alliance.Ids;
import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decisions about a business case: approval, a change of option with its revised forecast, supersession, withdrawal. */
public sealed interface BusinessCaseCommand extends DecisionCommand {

    String caseId();

    /** A business case is approved for a function, with its chosen option and savings forecast. */
    @PublicName("approve-business-case")
    record ApproveBusinessCase(@TargetAggregateIdentifier String caseId, String functionId, String title,
                               String option, List<ForecastLine> forecast, DecisionContext decision)
            implements BusinessCaseCommand {

        public ApproveBusinessCase {
            Ids.requireSlug(caseId, "caseId");
            Ids.requireSlug(functionId, "functionId");
            title = Text.require(title, "title");
            option = Text.optional(option);
            forecast = ForecastLine.validate(forecast);
        }
    }

    /** A different option is adopted, e.g. Firearms Licensing's two-site model in place of one site, with its forecast. */
    @PublicName("change-business-case-option")
    record ChangeBusinessCaseOption(@TargetAggregateIdentifier String caseId, String option,
                                    List<ForecastLine> forecast, DecisionContext decision)
            implements BusinessCaseCommand {

        public ChangeBusinessCaseOption {
            Ids.requireSlug(caseId, "caseId");
            option = Text.require(option, "option");
            forecast = ForecastLine.validate(forecast);
        }
    }

    /** Another business case takes this one's place. */
    @PublicName("supersede-business-case")
    record SupersedeBusinessCase(@TargetAggregateIdentifier String caseId, String supersededBy, DecisionContext decision)
            implements BusinessCaseCommand {

        public SupersedeBusinessCase {
            Ids.requireSlug(caseId, "caseId");
            Ids.requireSlug(supersededBy, "supersededBy");
            if (caseId.equals(supersededBy)) {
                throw new InvalidInput("supersededBy", "A business case cannot supersede itself");
            }
        }
    }

    /** The case is withdrawn: its forecast no longer stands. */
    @PublicName("withdraw-business-case")
    record WithdrawBusinessCase(@TargetAggregateIdentifier String caseId, DecisionContext decision)
            implements BusinessCaseCommand {

        public WithdrawBusinessCase {
            Ids.requireSlug(caseId, "caseId");
        }
    }
}
