package org.allianceledger.agreement;

import java.util.List;

import org.allianceledger.alliance.CorporationSole;
import org.allianceledger.alliance.PartialDate;

/**
 * A Section 22A agreement as the register shows it on a date.
 *
 * @param status {@code drafted}, {@code tabled}, {@code in-force} or {@code terminated}
 */
public record AgreementRow(String agreementId, String functionId, String title, List<CorporationSole> parties,
                           String scope, String status, PartialDate tabledOn, List<Signature> signatures,
                           PartialDate inForceFrom, List<Amendment> amendments, PartialDate terminatedOn) {

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
