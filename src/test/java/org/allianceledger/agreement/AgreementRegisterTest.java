package org.allianceledger.agreement;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementAmended;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementCameIntoForce;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementDrafted;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementSigned;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementTabled;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementTerminated;
import org.allianceledger.alliance.CorporationSole;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.readmodel.ProjectionHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgreementRegisterTest {

    private static final CorporationSole BED_PCC = CorporationSole.parse("BED-PCC");
    private static final CorporationSole CAM_PCC = CorporationSole.parse("CAM-PCC");
    private static final CorporationSole NOR_PCC = CorporationSole.parse("NOR-PCC");

    AgreementRegister register;
    ProjectionHarness harness;

    @BeforeEach
    void freshRegister() {
        register = new AgreementRegister();
        harness = new ProjectionHarness(register);
        harness.record(new Section22AgreementDrafted("s22-ict", "ict", "ICT collaboration", List.of(BED_PCC, CAM_PCC),
                "ICT", on("2015-09")));
    }

    @Test
    void anAgreementShowsItsPartiesEachSignatureAndWhenItCameIntoForce() {
        harness.record(new Section22AgreementTabled("s22-ict", on("2015-10")));
        harness.record(new Section22AgreementSigned("s22-ict", BED_PCC, "Kathryn Holloway", on("2015-11-02")));
        harness.record(new Section22AgreementSigned("s22-ict", CAM_PCC, "Sir Graham Bright", on("2015-12-01")));
        harness.record(new Section22AgreementCameIntoForce("s22-ict", PartialDate.parse("2015-12-01"), on("2015-12-01")));

        AgreementRow row = register.agreements(harness.asOf("2016-01-01")).get(0);

        assertThat(row.status()).isEqualTo("in-force");
        assertThat(row.parties()).containsExactly(BED_PCC, CAM_PCC);
        assertThat(row.tabledOn()).hasToString("2015-10");
        assertThat(row.signatures()).extracting(AgreementRow.Signature::party, AgreementRow.Signature::signatory)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BED_PCC, "Kathryn Holloway"),
                        org.assertj.core.groups.Tuple.tuple(CAM_PCC, "Sir Graham Bright"));
        assertThat(row.inForceFrom()).hasToString("2015-12-01");

        AgreementRow midNovember = register.agreements(harness.asOf("2015-11-15")).get(0);
        assertThat(midNovember.status()).isEqualTo("tabled");
        assertThat(midNovember.signatures()).hasSize(1);
        assertThat(register.agreements(harness.asOf("2015-08-31"))).isEmpty();
    }

    @Test
    void anAmendmentAddsPartiesOnceAndATerminationEndsIt() {
        harness.record(new Section22AgreementAmended("s22-ict", "Norfolk joins", List.of(NOR_PCC, BED_PCC), on("2017-04")));
        Instant beforeTermination = harness.record(new Section22AgreementAmended("s22-ict", "scope narrowed", List.of(), on("2018-01")));
        harness.record(new Section22AgreementTerminated("s22-ict", on("2019-03")));

        AgreementRow row = register.agreements(harness.asOf("2019-06-01")).get(0);
        assertThat(row.parties()).containsExactly(BED_PCC, CAM_PCC, NOR_PCC);
        assertThat(row.amendments()).extracting(AgreementRow.Amendment::whatChanged).containsExactly("Norfolk joins", "scope narrowed");
        assertThat(row.status()).isEqualTo("terminated");
        assertThat(row.terminatedOn()).hasToString("2019-03");
        assertThat(register.agreements(ProjectionHarness.at("2019-06-01", beforeTermination)).get(0).status()).isEqualTo("drafted");
    }
}
