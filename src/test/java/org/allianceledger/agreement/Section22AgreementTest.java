package org.allianceledger.agreement;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.allianceledger.agreement.Section22AgreementCommand.AmendSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.DraftSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.SignSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.TableSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.TerminateSection22Agreement;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementAmended;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementCameIntoForce;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementDrafted;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementSigned;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementTabled;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementTerminated;
import org.allianceledger.alliance.CorporationSole;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.LedgerFixtures;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.RuleViolation;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Section22AgreementTest {

    private static final String ID = "s22-public-contact";
    private static final List<CorporationSole> SIX = CorporationSole.bchSix();
    private static final CorporationSole BED_PCC = CorporationSole.parse("BED-PCC");
    private static final CorporationSole NOR_PCC = CorporationSole.parse("NOR-PCC");

    private FixtureConfiguration<Section22Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = LedgerFixtures.fixtureFor(Section22Agreement.class);
    }

    private static Section22AgreementDrafted drafted() {
        return new Section22AgreementDrafted(ID, "public-contact", "Public Contact Section 22A agreement", SIX,
                "force control rooms", on("2015-09"));
    }

    private static Section22AgreementSigned signed(CorporationSole party) {
        return new Section22AgreementSigned(ID, party, null, on("2015-12"));
    }

    /** Every party but the last has signed. */
    private static List<Object> allButLastSigned() {
        List<Object> events = new ArrayList<>(List.of(drafted()));
        SIX.subList(0, SIX.size() - 1).forEach(party -> events.add(signed(party)));
        return events;
    }

    @Test
    void draftingRecordsTheParties() {
        fixture.givenNoPriorActivity()
                .when(new DraftSection22Agreement(ID, "public-contact", "Public Contact Section 22A agreement", SIX,
                        "force control rooms", on("2015-09")))
                .expectEvents(drafted());
    }

    @Test
    void anAgreementIsBetweenAtLeastTwoCorporationsSole() {
        assertThatThrownBy(() -> new DraftSection22Agreement(ID, "public-contact", "t", List.of(BED_PCC), null, on("2015")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPartyIsNamedOnce() {
        assertThatThrownBy(() -> new DraftSection22Agreement(ID, "public-contact", "t", List.of(BED_PCC, BED_PCC), null, on("2015")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDraftCanBeTabled() {
        fixture.given(drafted())
                .when(new TableSection22Agreement(ID, on("2016")))
                .expectEvents(new Section22AgreementTabled(ID, on("2016")));
    }

    @Test
    void aTerminatedAgreementCannotBeTabled() {
        fixture.given(drafted(), new Section22AgreementTerminated(ID, on("2016")))
                .when(new TableSection22Agreement(ID, on("2016")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aPartySigns() {
        fixture.given(drafted())
                .when(new SignSection22Agreement(ID, BED_PCC, "PCC Olly Martins", on("2015-12")))
                .expectEvents(new Section22AgreementSigned(ID, BED_PCC, "PCC Olly Martins", on("2015-12")));
    }

    @Test
    void theLastSignatureBringsTheAgreementIntoForceOnItsDateByEveryPartysSignature() {
        CorporationSole last = SIX.get(SIX.size() - 1);
        DecisionContext lastSignature = on("2015-12");
        DecisionContext everyParty = new DecisionContext(lastSignature.decidedOn(), null,
                SIX.stream().map(CorporationSole::displayName).toList(), "In force once every party has signed",
                lastSignature.source(), null, Nature.DECISION);
        fixture.given(allButLastSigned())
                .when(new SignSection22Agreement(ID, last, null, lastSignature))
                .expectEvents(signed(last), new Section22AgreementCameIntoForce(ID, PartialDate.month(2015, 12), everyParty));
    }

    @Test
    void aPartyCannotSignTwice() {
        fixture.given(drafted(), signed(BED_PCC))
                .when(new SignSection22Agreement(ID, BED_PCC, null, on("2016")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aNonPartyCannotSign() {
        fixture.given(drafted())
                .when(new SignSection22Agreement(ID, NOR_PCC, null, on("2016")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aTerminatedAgreementCannotBeSigned() {
        fixture.given(drafted(), new Section22AgreementTerminated(ID, on("2016")))
                .when(new SignSection22Agreement(ID, BED_PCC, null, on("2016")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aSignatureCannotPrecedeTheDraft() {
        fixture.given(drafted())
                .when(new SignSection22Agreement(ID, BED_PCC, null, on("2015-08")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anAmendmentRecordsWhatChanged() {
        fixture.given(allButLastSigned())
                .when(new AmendSection22Agreement(ID, "financial principles codified", List.of(), on("2016")))
                .expectEvents(new Section22AgreementAmended(ID, "financial principles codified", List.of(), on("2016")));
    }

    @Test
    void aPartyAddedByAmendmentMustSignToo() {
        fixture.given(drafted())
                .when(new AmendSection22Agreement(ID, "Norfolk joins", List.of(NOR_PCC), on("2015-10")))
                .expectEvents(new Section22AgreementAmended(ID, "Norfolk joins", List.of(NOR_PCC), on("2015-10")));
        fixture.given(drafted(), new Section22AgreementAmended(ID, "Norfolk joins", List.of(NOR_PCC), on("2015-10")))
                .when(new SignSection22Agreement(ID, NOR_PCC, null, on("2015-12")))
                .expectEvents(new Section22AgreementSigned(ID, NOR_PCC, null, on("2015-12")));
    }

    @Test
    void anAgreementInForceTakesNoNewParties() {
        List<Object> inForce = new ArrayList<>(allButLastSigned());
        inForce.add(signed(SIX.get(SIX.size() - 1)));
        inForce.add(new Section22AgreementCameIntoForce(ID, PartialDate.month(2015, 12), on("2015-12")));
        fixture.given(inForce)
                .when(new AmendSection22Agreement(ID, "Norfolk joins", List.of(NOR_PCC), on("2016")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anExistingPartyCannotBeAddedAgain() {
        fixture.given(drafted())
                .when(new AmendSection22Agreement(ID, "again", List.of(BED_PCC), on("2016")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anAgreementCanBeTerminated() {
        fixture.given(drafted())
                .when(new TerminateSection22Agreement(ID, on("2018")))
                .expectEvents(new Section22AgreementTerminated(ID, on("2018")));
    }

    @Test
    void aTerminatedAgreementCannotBeAmendedOrTerminatedAgain() {
        fixture.given(drafted(), new Section22AgreementTerminated(ID, on("2018")))
                .when(new AmendSection22Agreement(ID, "late change", List.of(), on("2019")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(drafted(), new Section22AgreementTerminated(ID, on("2018")))
                .when(new TerminateSection22Agreement(ID, on("2019")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
