package org.allianceledger.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.allianceledger.alliance.CorporationSole;
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
 * Decisions about a Section 22A collaboration agreement (Police Act 1996): drafted between
 * Corporations Sole, tabled, signed by each party, amended, terminated. The date of a signature is
 * its decision's date; the agreement is in force once every party has signed.
 */
public sealed interface Section22AgreementCommand extends DecisionCommand {

    String agreementId();

    @PublicName("draft-section22-agreement")
    record DraftSection22Agreement(@TargetAggregateIdentifier String agreementId, String functionId, String title,
                                   List<CorporationSole> parties, @LongText String scope, DecisionContext decision)
            implements Section22AgreementCommand {

        public DraftSection22Agreement {
            Ids.requireSlug(agreementId, "agreementId");
            Ids.requireSlug(functionId, "functionId");
            title = Text.require(title, "title");
            parties = distinct(parties, "parties");
            if (parties.size() < 2) {
                throw new InvalidInput("parties", "An agreement is between at least two Corporations Sole");
            }
            scope = Text.optional(scope);
        }
    }

    /** The draft is put before a body, e.g. the Section 22s for IMD, CJ and Custody tabled at the Summit in 2016. */
    @PublicName("table-section22-agreement")
    record TableSection22Agreement(@TargetAggregateIdentifier String agreementId, DecisionContext decision)
            implements Section22AgreementCommand {

        public TableSection22Agreement {
            Ids.requireSlug(agreementId, "agreementId");
        }
    }

    /** One party signs, through the office holder named as printed. */
    @PublicName("sign-section22-agreement")
    record SignSection22Agreement(@TargetAggregateIdentifier String agreementId, CorporationSole party,
                                  String signatory, DecisionContext decision) implements Section22AgreementCommand {

        public SignSection22Agreement {
            Ids.requireSlug(agreementId, "agreementId");
            Required.value(party, "party");
            signatory = Text.optional(signatory);
        }
    }

    /** What changed, in the agreement's words; parties may be added while it is not yet in force. */
    @PublicName("amend-section22-agreement")
    record AmendSection22Agreement(@TargetAggregateIdentifier String agreementId, @LongText String whatChanged,
                                   List<CorporationSole> partiesAdded, DecisionContext decision)
            implements Section22AgreementCommand {

        public AmendSection22Agreement {
            Ids.requireSlug(agreementId, "agreementId");
            whatChanged = Text.require(whatChanged, "whatChanged");
            partiesAdded = distinct(partiesAdded, "partiesAdded");
        }
    }

    @PublicName("terminate-section22-agreement")
    record TerminateSection22Agreement(@TargetAggregateIdentifier String agreementId, DecisionContext decision)
            implements Section22AgreementCommand {

        public TerminateSection22Agreement {
            Ids.requireSlug(agreementId, "agreementId");
        }
    }

    private static List<CorporationSole> distinct(List<CorporationSole> parties, String field) {
        if (parties == null) {
            return List.of();
        }
        if (parties.stream().anyMatch(Objects::isNull) || Set.copyOf(parties).size() != parties.size()) {
            throw new InvalidInput(field, field + " names a Corporation Sole twice or leaves one blank");
        }
        return List.copyOf(parties);
    }
}
