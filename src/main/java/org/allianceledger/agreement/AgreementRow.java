package org.allianceledger.agreement;

import java.util.List;

import org.allianceledger.alliance.CorporationSole;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.readmodel.Lists;

/**
 * A Section 22A agreement as the register shows it on a date.
 *
 * @param status {@code drafted}, {@code tabled}, {@code in-force} or {@code terminated}
 */
public record AgreementRow(String agreementId, String functionId, String title, List<CorporationSole> parties,
                           String scope, String status, PartialDate tabledOn, List<Signature> signatures,
                           PartialDate inForceFrom, List<Amendment> amendments, PartialDate terminatedOn) {

    /** An agreement before any event of it is seen (an event dated before its drafting is folded onto this). */
    static AgreementRow empty(String agreementId) {
        return new AgreementRow(agreementId, null, null, List.of(), null, null, null, List.of(), null, List.of(), null);
    }

    AgreementRow drafted(String functionId, String title, List<CorporationSole> parties, String scope) {
        return new AgreementRow(agreementId, functionId, title, parties, scope, "drafted", tabledOn, signatures, inForceFrom,
                amendments, terminatedOn);
    }

    AgreementRow tabled(PartialDate on) {
        return new AgreementRow(agreementId, functionId, title, parties, scope, "tabled", on, signatures, inForceFrom,
                amendments, terminatedOn);
    }

    AgreementRow signed(Signature signature) {
        return new AgreementRow(agreementId, functionId, title, parties, scope, status, tabledOn, Lists.appended(signatures, signature),
                inForceFrom, amendments, terminatedOn);
    }

    AgreementRow inForce(PartialDate from) {
        return new AgreementRow(agreementId, functionId, title, parties, scope, "in-force", tabledOn, signatures, from,
                amendments, terminatedOn);
    }

    AgreementRow amended(Amendment amendment, List<CorporationSole> parties) {
        return new AgreementRow(agreementId, functionId, title, parties, scope, status, tabledOn, signatures, inForceFrom,
                Lists.appended(amendments, amendment), terminatedOn);
    }

    AgreementRow terminated(PartialDate on) {
        return new AgreementRow(agreementId, functionId, title, parties, scope, "terminated", tabledOn, signatures, inForceFrom,
                amendments, on);
    }

    /** The parties whose signature the agreement still awaits. */
    public List<CorporationSole> unsignedParties() {
        List<Signature> signed = signatures == null ? List.of() : signatures;
        return parties.stream().filter(party -> signed.stream().noneMatch(s -> s.party().equals(party))).toList();
    }

    public record Signature(CorporationSole party, String signatory, PartialDate signedOn) {
    }

    public record Amendment(PartialDate on, String whatChanged, List<CorporationSole> partiesAdded) {
    }
}
