package org.allianceledger.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementDrafted;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementSigned;
import org.allianceledger.alliance.CorporationSole;
import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.alliance.Subject;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseApproved;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseWithdrawn;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaboratedFunctionProposed;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationDeferred;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationNotProceeded;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyEstablished;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.ProjectionHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecisionRegisterTest {

    private static final DecisionFilter ALL = DecisionFilter.NONE;

    DecisionRegister register;
    ProjectionHarness harness;

    @BeforeEach
    void freshRegister() {
        harness = new ProjectionHarness(DecisionRegister::new);
        register = harness.projection();
    }

    private static DecisionContext decided(String date, String body, String... by) {
        return new DecisionContext(PartialDate.parse(date), body, List.of(by), "to save money",
                new SourceRef("BCB report, 19 Jul 2018", PartialDate.parse("2018-07-19"), "§6.7"));
    }

    @Test
    void aDecisionIsFiledWithWhenWhoWhereAndOnWhatEvidence() {
        Instant recorded = harness.record(new CollaborationDeferred("public-contact", "after the control room upgrade",
                PartialDate.parse("2017"), decided("2016-06", "Strategic Alliance Summit", "PCCs", "Chief Constables")));

        DecisionRow row = register.decisions(harness.asOf("2019-12-31"), ALL).get(0);

        assertThat(row.decidedOn()).isEqualTo("2016-06");
        assertThat(row.precision()).hasToString("MONTH");
        assertThat(row.recordedAt()).isEqualTo(recorded);
        assertThat(row.recordedBy()).isEqualTo("test-recorder");
        assertThat(row.body()).isEqualTo("Strategic Alliance Summit");
        assertThat(row.decidedBy()).containsExactly("PCCs", "Chief Constables");
        assertThat(row.kind()).isEqualTo("collaboration-deferred");
        assertThat(row.subject()).isEqualTo(new Subject("function", "public-contact"));
        assertThat(row.summary()).as("no proposal named the function: its id stands for its name")
                .isEqualTo("Collaboration of public-contact deferred: after the control room upgrade (to be reviewed from 2017)");
        assertThat(row.subjectName()).isEqualTo("public-contact");
        assertThat(row.rationale()).isEqualTo("to save money");
        assertThat(row.source().paragraph()).isEqualTo("§6.7");
    }

    @Test
    void aBackDatedDecisionRecordedLateTakesItsPlaceInTimeButWasUnknownBeforeItWasRecorded() {
        harness.record(new GovernanceBodyEstablished("board", "Business Coordination Board", List.of("Chief Executive"),
                null, "monthly", null, decided("2015-03-01", "Strategic Alliance Summit", "PCCs")));
        Instant beforeLateEntry = harness.record(new CollaborationNotProceeded("public-contact",
                decided("2018-07-19", "Business Coordination Board", "Chief Executive")));
        harness.record(new CollaborationDeferred("public-contact", "later", null,
                decided("2016-06", "Strategic Alliance Summit", "PCCs")));

        assertThat(register.decisions(harness.asOf("2019-12-31"), ALL)).extracting(DecisionRow::decidedOn)
                .containsExactly("2015-03-01", "2016-06", "2018-07-19");
        assertThat(register.decisions(ProjectionHarness.at("2019-12-31", beforeLateEntry), ALL))
                .extracting(DecisionRow::decidedOn).containsExactly("2015-03-01", "2018-07-19");
        assertThat(register.decisions(harness.asOf("2016-12-31"), ALL))
                .extracting(DecisionRow::decidedOn).containsExactly("2015-03-01", "2016-06");
    }

    @Test
    void filtersNarrowTheRegisterByWhoBodySubjectKindDatesAndText() {
        harness.record(new GovernanceBodyEstablished("board", "Business Coordination Board", List.of("Chief Executive"),
                null, "monthly", null, decided("2015-03-01", "Strategic Alliance Summit", "Police and Crime Commissioners")));
        harness.record(new CollaborationDeferred("public-contact", "after the control room upgrade", null,
                decided("2016-06", "Strategic Alliance Summit", "Chief Constables")));
        harness.record(new CollaborationNotProceeded("public-contact",
                decided("2018-07-19", "Business Coordination Board", "Chief Executive")));

        assertThat(kinds(new DecisionFilter("chief", null, null, null, null, null, null, null)))
                .containsExactly("collaboration-deferred", "collaboration-not-proceeded");
        assertThat(kinds(new DecisionFilter(null, "coordination", null, null, null, null, null, null)))
                .containsExactly("collaboration-not-proceeded");
        assertThat(kinds(new DecisionFilter(null, null, "function", null, null, null, null, null))).hasSize(2);
        assertThat(kinds(new DecisionFilter(null, null, "board", null, null, null, null, null)))
                .containsExactly("governance-body-established");
        assertThat(kinds(new DecisionFilter(null, null, null, null, "collaboration-deferred", null, null, null)))
                .containsExactly("collaboration-deferred");
        assertThat(kinds(new DecisionFilter(null, null, null, null, null, LocalDate.parse("2016-01-01"), LocalDate.parse("2017-12-31"), null)))
                .containsExactly("collaboration-deferred");
        assertThat(kinds(new DecisionFilter(null, null, null, null, null, null, null, "CONTROL ROOM")))
                .containsExactly("collaboration-deferred");
        assertThat(kinds(new DecisionFilter(null, null, null, null, null, null, null, "(no such text"))).isEmpty();
    }

    @Test
    void aFunctionsDecisionsIncludeThoseOnItsAgreementBusinessCaseAndSavings() {
        harness.record(new CollaboratedFunctionProposed("custody", "Custody", null, Force.HER, List.of(Force.HER, Force.CAM),
                null, decided("2014-06", "BCH Strategic Alliance", "PCCs")));
        harness.record(new BusinessCaseApproved("bc-custody", "custody", "Custody business case", "full collaboration",
                List.of(), 1, decided("2015-03-01", "Strategic Alliance Summit", "PCCs")));
        harness.record(new BusinessCaseWithdrawn("bc-custody", decided("2016-03-01", "Strategic Alliance Summit", "PCCs")));
        harness.record(new CollaborationDeferred("public-contact", "later", null, decided("2016-06", "Strategic Alliance Summit", "PCCs")));

        List<DecisionRow> custody = register.decisions(harness.asOf("2019-12-31"),
                new DecisionFilter(null, null, null, "custody", null, null, null, null));

        assertThat(custody).extracting(DecisionRow::kind)
                .containsExactly("collaborated-function-proposed", "business-case-approved", "business-case-withdrawn");
        assertThat(custody).extracting(DecisionRow::function).containsOnly("custody");
        assertThat(register.decision(custody.get(2).id())).contains(custody.get(2));
        assertThat(register.decision("no-such-event")).isEmpty();
    }

    @Test
    void summariesAndRowsNameWhatEarlierEventsNamed() {
        recordPublicContact();

        List<DecisionRow> rows = register.decisions(harness.asOf("2019-12-31"), ALL);

        assertThat(rows).extracting(DecisionRow::summary).containsExactly(
                "Collaboration of Public Contact proposed, led by Bedfordshire",
                "Business case 'Public Contact business case' approved (version 1)",
                "Section 22A agreement 'Section 22 Collaboration Agreement' drafted between 2 parties",
                "Section 22A agreement 'Section 22 Collaboration Agreement' signed for Bedfordshire PCC",
                "Collaboration of Public Contact deferred: after the control room upgrade",
                "Collaboration of Public Contact not proceeded with");
        assertThat(rows).extracting(DecisionRow::subjectName).containsExactly("Public Contact", "Public Contact business case",
                "Section 22 Collaboration Agreement", "Section 22 Collaboration Agreement", "Public Contact", "Public Contact");
        assertThat(rows).extracting(DecisionRow::functionName).containsOnly("Public Contact");
    }

    @Test
    void freeTextFindsAFunctionsDecisionsByItsNameOrIdIgnoringCaseAndSpacing() {
        recordPublicContact();
        harness.record(new CollaborationDeferred("custody", "later", null, decided("2016-06", "Strategic Alliance Summit", "PCCs")));

        List<String> publicContact = List.of("collaborated-function-proposed", "business-case-approved",
                "section22-agreement-drafted", "section22-agreement-signed", "collaboration-deferred", "collaboration-not-proceeded");
        for (String typed : List.of("Public Contact", "public contact", "  PUBLIC   contact ", "public-contact")) {
            assertThat(kinds(new DecisionFilter(null, null, null, null, null, null, null, typed))).as(typed)
                    .containsExactlyElementsOf(publicContact);
        }
    }

    /** Public Contact's story, in which only the proposal names the function and only the draft names the agreement. */
    private void recordPublicContact() {
        harness.record(new CollaboratedFunctionProposed("public-contact", "Public Contact", null, Force.BED,
                List.of(Force.BED, Force.CAM, Force.HER), null, decided("2014-06", "BCH Strategic Alliance", "PCCs")));
        harness.record(new BusinessCaseApproved("bc-public-contact", "public-contact", "Public Contact business case", null,
                List.of(), 1, decided("2015-03-01", "Strategic Alliance Summit", "PCCs")));
        harness.record(new Section22AgreementDrafted("s22-pc", "public-contact", "Section 22 Collaboration Agreement",
                List.of(CorporationSole.parse("BED-PCC"), CorporationSole.parse("BED-CC")), null,
                decided("2015-09", "Strategic Alliance Summit", "PCCs")));
        harness.record(new Section22AgreementSigned("s22-pc", CorporationSole.parse("BED-PCC"), null,
                decided("2015-12", "Strategic Alliance Summit", "PCCs")));
        harness.record(new CollaborationDeferred("public-contact", "after the control room upgrade", null,
                decided("2016-09", "Strategic Alliance Summit", "PCCs")));
        harness.record(new CollaborationNotProceeded("public-contact", decided("2018-07-19", "Business Coordination Board", "PCCs")));
    }

    private List<String> kinds(DecisionFilter filter) {
        return register.decisions(harness.asOf("2019-12-31"), filter).stream().map(DecisionRow::kind).toList();
    }
    @Test
    void theLongTextIsKeptInTheStoreAndReadBackForTheRowsAReadShows() {
        SourceRef quoted = new SourceRef("BCB report, 19 Jul 2018", PartialDate.parse("2018-07-19"), "§6.7",
                "The Board deferred the collaboration of Public Contact until the control room upgrade is complete.");
        harness.record(new CollaborationDeferred("public-contact", "after the control room upgrade", null,
                new DecisionContext(PartialDate.parse("2016"), "Strategic Alliance Summit", List.of("PCCs"), "the upgrade comes first",
                        quoted, "the date of the report that states it", null)));
        PointInTime now = harness.asOf("2019-12-31");

        DecisionRow outline = register.outlines(now, ALL).get(0);
        assertThat(outline.rationale()).isNull();
        assertThat(outline.dateInferredFrom()).isNull();
        assertThat(outline.source()).isEqualTo(new SourceRef(quoted.document(), quoted.date(), quoted.paragraph()));

        DecisionRow whole = register.decisions(now, ALL).get(0);
        assertThat(whole).isEqualTo(register.whole(List.of(outline)).get(0)).isEqualTo(register.decision(whole.id()).orElseThrow());
        assertThat(whole.rationale()).isEqualTo("the upgrade comes first");
        assertThat(whole.source()).isEqualTo(quoted);
        assertThat(whole.dateInferredFrom()).isEqualTo("the date of the report that states it");
        assertThat(register.decisions(now, new DecisionFilter(null, null, null, null, null, null, null, "control room upgrade is")))
                .as("found by the text it no longer holds").containsExactly(whole);
    }
}
