package org.allianceledger.agreement;

import java.util.List;
import java.util.Optional;

import org.allianceledger.alliance.CorporationSole;
import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Names;
import org.allianceledger.alliance.Plain;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.allianceledger.alliance.PartialDate;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** What the record says happened to a Section 22A agreement. */
public sealed interface Section22AgreementEvent extends RecordedDecision {

    @Override
    default Subject subject() {
        return new Subject("agreement", agreementId());
    }

    String agreementId();

    /** The agreement as readers know it: "Section 22A agreement '...'", by the title its draft gave it. */
    default String agreement(Names names) {
        return "Section 22A agreement '" + names.of(subject()) + "'";
    }

    @Revision("1")
    @JsonTypeName("Section22AgreementDrafted")
    @PublicName("section22-agreement-drafted")
    record Section22AgreementDrafted(String agreementId, String functionId, String title, List<CorporationSole> parties,
                                     String scope, DecisionContext decision) implements Section22AgreementEvent {
        @Override
        public String summary(Names names) {
            return "Section 22A agreement '" + title + "' drafted between " + Plain.count(parties.size(), "party", "parties");
        }

        @Override
        public Optional<String> nameGiven(Names names) {
            return Optional.of(title);
        }

        @Override
        public Optional<String> concernedFunction() {
            return Optional.of(functionId);
        }
    }

    @Revision("1")
    @JsonTypeName("Section22AgreementTabled")
    @PublicName("section22-agreement-tabled")
    record Section22AgreementTabled(String agreementId, DecisionContext decision) implements Section22AgreementEvent {
        @Override
        public String summary(Names names) {
            return agreement(names) + " tabled for signature";
        }
    }

    @Revision("1")
    @JsonTypeName("Section22AgreementSigned")
    @PublicName("section22-agreement-signed")
    record Section22AgreementSigned(String agreementId, CorporationSole party, String signatory,
                                    DecisionContext decision) implements Section22AgreementEvent {
        @Override
        public String summary(Names names) {
            return agreement(names) + " signed for " + Plain.words(party) + Plain.part(" by ", signatory, "");
        }
    }

    /** Follows the last party's signature; in force from that signature's date. */
    @Revision("1")
    @JsonTypeName("Section22AgreementCameIntoForce")
    @PublicName("section22-agreement-came-into-force")
    record Section22AgreementCameIntoForce(String agreementId, PartialDate inForceFrom, DecisionContext decision)
            implements Section22AgreementEvent {
        @Override
        public String summary(Names names) {
            return agreement(names) + " in force" + Plain.part(" from ", inForceFrom, "");
        }
    }

    @Revision("1")
    @JsonTypeName("Section22AgreementAmended")
    @PublicName("section22-agreement-amended")
    record Section22AgreementAmended(String agreementId, String whatChanged, List<CorporationSole> partiesAdded,
                                     DecisionContext decision) implements Section22AgreementEvent {
        @Override
        public String summary(Names names) {
            return agreement(names) + " amended" + Plain.part(": ", whatChanged, "") + Plain.part(" (parties added: ", partiesAdded, ")");
        }
    }

    @Revision("1")
    @JsonTypeName("Section22AgreementTerminated")
    @PublicName("section22-agreement-terminated")
    record Section22AgreementTerminated(String agreementId, DecisionContext decision) implements Section22AgreementEvent {
        @Override
        public String summary(Names names) {
            return agreement(names) + " terminated";
        }
    }
}
