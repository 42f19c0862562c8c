package org.allianceledger.function;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.LedgerFixtures;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.Portfolio;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.function.CollaboratedFunctionCommand.ChangeFunctionLeadership;
import org.allianceledger.function.CollaboratedFunctionCommand.DecideNotToProceed;
import org.allianceledger.function.CollaboratedFunctionCommand.DeferCollaboration;
import org.allianceledger.function.CollaboratedFunctionCommand.MoveToBusinessAsUsual;
import org.allianceledger.function.CollaboratedFunctionCommand.ProposeCollaboratedFunction;
import org.allianceledger.function.CollaboratedFunctionCommand.RecordGoLive;
import org.allianceledger.function.CollaboratedFunctionCommand.ResumeCollaboration;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaboratedFunctionProposed;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationDeferred;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationNotProceeded;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationResumed;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionLeadershipChanged;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionMovedToBusinessAsUsual;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionWentLive;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollaboratedFunctionTest {

    private static final List<Force> BCH = List.of(Force.BED, Force.CAM, Force.HER);

    private FixtureConfiguration<CollaboratedFunction> fixture;

    @BeforeEach
    void setUp() {
        fixture = LedgerFixtures.fixtureFor(CollaboratedFunction.class);
    }

    private static CollaboratedFunctionProposed publicContactProposed() {
        return new CollaboratedFunctionProposed("public-contact", "Public Contact", Portfolio.OPERATIONAL_SUPPORT,
                Force.HER, BCH, "force control rooms and crime recording", on("2015-07"));
    }

    private static final FunctionWentLive MANAGEMENT_TEAM_LIVE = new FunctionWentLive("public-contact", null,
            "senior management team", on("2016-01"));
    private static final CollaborationDeferred DEFERRED = new CollaborationDeferred("public-contact",
            "review post-delivery of Athena", PartialDate.month(2018, 9), on("2016-09"));
    private static final CollaborationNotProceeded NOT_PROCEEDED = new CollaborationNotProceeded("public-contact", on("2018"));

    @Test
    void proposingAFunctionRecordsItsPortfolioLeadAndParticipants() {
        fixture.givenNoPriorActivity()
                .when(new ProposeCollaboratedFunction("public-contact", "Public Contact", Portfolio.OPERATIONAL_SUPPORT,
                        Force.HER, BCH, "force control rooms and crime recording", on("2015-07")))
                .expectEvents(publicContactProposed());
    }

    @Test
    void theLeadForceMustTakePart() {
        assertThatThrownBy(() -> new ProposeCollaboratedFunction("ersou", "ERSOU", Portfolio.REGIONAL, Force.KEN,
                BCH, null, on("2013"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leadForce");
    }

    @Test
    void theLeadForceMayBeUnstated() {
        fixture.givenNoPriorActivity()
                .when(new ProposeCollaboratedFunction("ersou", "Eastern Region Specialist Operations Unit", Portfolio.REGIONAL,
                        null, List.of(Force.BED, Force.CAM, Force.HER, Force.NOR, Force.SUF), null, on("2013")))
                .expectEvents(new CollaboratedFunctionProposed("ersou", "Eastern Region Specialist Operations Unit",
                        Portfolio.REGIONAL, null, List.of(Force.BED, Force.CAM, Force.HER, Force.NOR, Force.SUF), null, on("2013")));
    }

    @Test
    void aCollaborationNeedsAtLeastTwoDifferentForces() {
        assertThatThrownBy(() -> new ProposeCollaboratedFunction("solo", "Solo", Portfolio.OPERATIONAL_SUPPORT,
                Force.HER, List.of(Force.HER, Force.HER), null, on("2013")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changingLeadershipRecordsTheNewPortfolioAndLead() {
        fixture.given(publicContactProposed())
                .when(new ChangeFunctionLeadership("public-contact", Portfolio.ORGANISATIONAL_SUPPORT, Force.HER, BCH, on("2018-07")))
                .expectEvents(new FunctionLeadershipChanged("public-contact", Portfolio.ORGANISATIONAL_SUPPORT, Force.HER, BCH, on("2018-07")));
    }

    @Test
    void aLeadershipChangeMustChangeSomething() {
        fixture.given(publicContactProposed())
                .when(new ChangeFunctionLeadership("public-contact", Portfolio.OPERATIONAL_SUPPORT, Force.HER, BCH, on("2018-07")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void goingLiveRecordsThePhase() {
        fixture.given(publicContactProposed())
                .when(new RecordGoLive("public-contact", null, "senior management team", on("2016-01")))
                .expectEvents(MANAGEMENT_TEAM_LIVE);
    }

    @Test
    void aDeferredFunctionCannotGoLive() {
        fixture.given(publicContactProposed(), DEFERRED)
                .when(new RecordGoLive("public-contact", null, "control rooms", on("2017")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aFunctionNotProceededWithCannotGoLive() {
        fixture.given(publicContactProposed(), NOT_PROCEEDED)
                .when(new RecordGoLive("public-contact", null, "control rooms", on("2019")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void deferringRecordsTheReviewConditionAndEarliestReview() {
        fixture.given(publicContactProposed())
                .when(new DeferCollaboration("public-contact", "review post-delivery of Athena", PartialDate.month(2018, 9), on("2016-09")))
                .expectEvents(DEFERRED);
    }

    @Test
    void aDeferredFunctionCannotBeDeferredAgain() {
        fixture.given(publicContactProposed(), DEFERRED)
                .when(new DeferCollaboration("public-contact", "again", null, on("2017")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theEarliestReviewCannotPrecedeTheDeferral() {
        assertThatThrownBy(() -> new DeferCollaboration("public-contact", "Athena", PartialDate.year(2015), on("2016-09")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeferredCollaborationCanBeResumed() {
        fixture.given(publicContactProposed(), DEFERRED)
                .when(new ResumeCollaboration("public-contact", on("2018-10")))
                .expectEvents(new CollaborationResumed("public-contact", on("2018-10")));
    }

    @Test
    void onlyADeferredCollaborationCanBeResumed() {
        fixture.given(publicContactProposed())
                .when(new ResumeCollaboration("public-contact", on("2018-10")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDeferredCollaborationCanBeAbandoned() {
        fixture.given(publicContactProposed(), DEFERRED)
                .when(new DecideNotToProceed("public-contact", on("2018")))
                .expectEvents(NOT_PROCEEDED);
    }

    @Test
    void notProceedingIsDecidedOnce() {
        fixture.given(publicContactProposed(), NOT_PROCEEDED)
                .when(new DecideNotToProceed("public-contact", on("2019")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aLiveFunctionMovesToBusinessAsUsual() {
        fixture.given(publicContactProposed(), MANAGEMENT_TEAM_LIVE)
                .when(new MoveToBusinessAsUsual("public-contact", on("2018")))
                .expectEvents(new FunctionMovedToBusinessAsUsual("public-contact", on("2018")));
    }

    @Test
    void aFunctionThatNeverWentLiveIsNotBusinessAsUsual() {
        fixture.given(publicContactProposed())
                .when(new MoveToBusinessAsUsual("public-contact", on("2018")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aBusinessAsUsualFunctionCannotBeDeferred() {
        fixture.given(publicContactProposed(), MANAGEMENT_TEAM_LIVE, new FunctionMovedToBusinessAsUsual("public-contact", on("2018")))
                .when(new DeferCollaboration("public-contact", "budget", null, on("2019")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
