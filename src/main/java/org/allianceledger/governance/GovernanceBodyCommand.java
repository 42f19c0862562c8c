package org.allianceledger.governance;

import java.util.List;

import org.allianceledger.alliance.DecisionCommand;
import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Ids;
import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.LongText;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.Required;
import org.allianceledger.alliance.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decisions about the bodies that govern the alliance (the Strategic Alliance Summit, JCOB, programme boards). */
public sealed interface GovernanceBodyCommand extends DecisionCommand {

    String bodyId();

    /** A body is set up: who sits on it, who chairs it and how often it meets. */
    @PublicName("establish-governance-body")
    record EstablishGovernanceBody(@TargetAggregateIdentifier String bodyId, String name, List<String> members,
                                   String chair, String cadence, @LongText String remit, DecisionContext decision)
            implements GovernanceBodyCommand {

        public EstablishGovernanceBody {
            Ids.requireSlug(bodyId, "bodyId");
            name = Text.require(name, "name");
            members = Required.entries(members, "members");
            chair = Text.optional(chair);
            cadence = Text.optional(cadence);
            remit = Text.optional(remit);
        }
    }

    /** Its terms change, e.g. the Summit is to meet quarterly; only what is given changes. */
    @PublicName("change-governance-body-terms")
    record ChangeGovernanceBodyTerms(@TargetAggregateIdentifier String bodyId, List<String> members, String chair,
                                     String cadence, @LongText String remit, DecisionContext decision)
            implements GovernanceBodyCommand {

        public ChangeGovernanceBodyTerms {
            Ids.requireSlug(bodyId, "bodyId");
            members = members == null ? null : Required.entries(members, "members");
            chair = Text.optional(chair);
            cadence = Text.optional(cadence);
            remit = Text.optional(remit);
            if (members == null && chair == null && cadence == null && remit == null) {
                throw new InvalidInput("A change of terms names at least one of members, chair, cadence or remit");
            }
        }
    }

    /** The body stops meeting, e.g. the Commissioner-led boards after Concerto. */
    @PublicName("disband-governance-body")
    record DisbandGovernanceBody(@TargetAggregateIdentifier String bodyId, DecisionContext decision)
            implements GovernanceBodyCommand {

        public DisbandGovernanceBody {
            Ids.requireSlug(bodyId, "bodyId");
        }
    }
}
