package org.allianceledger.review;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.allianceledger.alliance.DueBy;
import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.LedgerFixtures;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.review.ReviewCommand.ChangeRecommendationStatus;
import org.allianceledger.review.ReviewCommand.CommissionReview;
import org.allianceledger.review.ReviewCommand.RaiseRecommendation;
import org.allianceledger.review.ReviewCommand.ReassignRecommendationOwner;
import org.allianceledger.review.ReviewCommand.RecordRecommendationProgress;
import org.allianceledger.review.ReviewCommand.ReportReview;
import org.allianceledger.review.ReviewEvent.RecommendationOwnerReassigned;
import org.allianceledger.review.ReviewEvent.RecommendationProgressRecorded;
import org.allianceledger.review.ReviewEvent.RecommendationRaised;
import org.allianceledger.review.ReviewEvent.RecommendationStatusChanged;
import org.allianceledger.review.ReviewEvent.ReviewCommissioned;
import org.allianceledger.review.ReviewEvent.ReviewReported;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewTest {

    private static final String CE = "ce-strategic-alliance-review-2019";
    private static final String DMU = "BCH Delivery Management Unit, working with the Chief Executives";
    private static final DueBy Q4 = DueBy.parse("2019/20 Q4");

    private static final ReviewFigure HR_COST = new ReviewFigure("Human Resources", ReviewFigure.Measure.COST_INCREASE,
            Money.ofThousands(1500), FiscalYear.parse("2012/13"), FiscalYear.parse("2018/19"));

    private FixtureConfiguration<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = LedgerFixtures.fixtureFor(Review.class);
    }

    private static final ReviewCommissioned COMMISSIONED = new ReviewCommissioned(CE,
            "OPCC Chief Executives' Strategic Alliance Review", ReviewKind.INTERNAL_REVIEW, "OPCC Chief Executives",
            List.of("slow pace of release of savings and realisation of benefits"), on("2019-01"));
    private static final RecommendationRaised RAISED_2 = new RecommendationRaised(CE, "2",
            "collate and ensure progress with outstanding Concerto and RSM actions", "benefits realisation", DMU, Q4, on("2019-04"));

    private static RecommendationStatusChanged status(RecommendationStatus from, RecommendationStatus to) {
        return new RecommendationStatusChanged(CE, "2", from, to, null, on("2019-05"));
    }

    @Test
    void commissioningRecordsReviewerAndBrief() {
        fixture.givenNoPriorActivity()
                .when(new CommissionReview(CE, "OPCC Chief Executives' Strategic Alliance Review", ReviewKind.INTERNAL_REVIEW,
                        "OPCC Chief Executives", List.of("slow pace of release of savings and realisation of benefits"), on("2019-01")))
                .expectEvents(COMMISSIONED);
    }

    @Test
    void aDraftReportMayBeFollowedByTheFinalOne() {
        ReviewReported draft = new ReviewReported(CE, ReportStage.DRAFT, List.of("no policies for management information"), List.of(), null, on("2019-03"));
        fixture.given(COMMISSIONED, draft)
                .when(new ReportReview(CE, ReportStage.FINAL, List.of("weaknesses in financial management"), List.of(HR_COST), "red / amber", on("2019-04")))
                .expectEvents(new ReviewReported(CE, ReportStage.FINAL, List.of("weaknesses in financial management"), List.of(HR_COST), "red / amber", on("2019-04")));
    }

    @Test
    void nothingIsReportedAfterTheFinalReport() {
        fixture.given(COMMISSIONED, new ReviewReported(CE, ReportStage.FINAL, List.of(), List.of(), null, on("2019-04")))
                .when(new ReportReview(CE, ReportStage.FINAL, List.of("more"), null, null, on("2019-05")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aFiguresSpanCannotEndBeforeItStarts() {
        var backwards = new ReviewFigure("ICT", ReviewFigure.Measure.SAVING, Money.ofThousands(2400),
                FiscalYear.parse("2018/19"), FiscalYear.parse("2012/13"));
        assertThatThrownBy(() -> new ReportReview(CE, ReportStage.FINAL, List.of(), List.of(HR_COST, backwards), null, on("2019-04")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("figures[1].to"));
    }

    @Test
    void raisingARecommendationRecordsItsOwnerAndDueDate() {
        fixture.given(COMMISSIONED)
                .when(new RaiseRecommendation(CE, "2", "collate and ensure progress with outstanding Concerto and RSM actions",
                        "benefits realisation", DMU, Q4, on("2019-04")))
                .expectEvents(RAISED_2);
    }

    @Test
    void aRecommendationNumberIsUsedOncePerReview() {
        fixture.given(COMMISSIONED, RAISED_2)
                .when(new RaiseRecommendation(CE, "2", "again", null, DMU, null, on("2019-04")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void recommendationNumbersLookLikeTheReviewsOwn() {
        assertThatThrownBy(() -> new RaiseRecommendation(CE, "three c", "t", null, DMU, null, on("2019-04")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void progressIsRecordedWithItsEvidence() {
        SourceRef minutes = new SourceRef("JCOB minutes", PartialDate.month(2019, 9), "item 4");
        fixture.given(COMMISSIONED, RAISED_2)
                .when(new RecordRecommendationProgress(CE, "2", "tracker established", minutes, on("2019-06")))
                .expectEvents(new RecommendationProgressRecorded(CE, "2", "tracker established", minutes, on("2019-06")));
    }

    @Test
    void progressOnAnUnknownRecommendationIsRejected() {
        fixture.given(COMMISSIONED, RAISED_2)
                .when(new RecordRecommendationProgress(CE, "7", "n/a", null, on("2019-06")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anOpenRecommendationGoesInProgress() {
        fixture.given(COMMISSIONED, RAISED_2)
                .when(new ChangeRecommendationStatus(CE, "2", RecommendationStatus.IN_PROGRESS, null, on("2019-05")))
                .expectEvents(status(RecommendationStatus.OPEN, RecommendationStatus.IN_PROGRESS));
    }

    @Test
    void onlyAnImplementedRecommendationCanBeVerified() {
        fixture.given(COMMISSIONED, RAISED_2)
                .when(new ChangeRecommendationStatus(CE, "2", RecommendationStatus.VERIFIED_BY_INTERNAL_AUDIT, null, on("2019-05")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(COMMISSIONED, RAISED_2, status(RecommendationStatus.OPEN, RecommendationStatus.IMPLEMENTED))
                .when(new ChangeRecommendationStatus(CE, "2", RecommendationStatus.VERIFIED_BY_INTERNAL_AUDIT, null, on("2019-05")))
                .expectEvents(status(RecommendationStatus.IMPLEMENTED, RecommendationStatus.VERIFIED_BY_INTERNAL_AUDIT));
    }

    @Test
    void aSettledRecommendationDoesNotChange() {
        fixture.given(COMMISSIONED, RAISED_2, status(RecommendationStatus.OPEN, RecommendationStatus.NOT_ACCEPTED))
                .when(new ChangeRecommendationStatus(CE, "2", RecommendationStatus.IN_PROGRESS, null, on("2019-05")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aSupersededRecommendationNamesItsSuccessor() {
        RecommendationRef successor = new RecommendationRef("rsm-performance-audit-2019", "1");
        fixture.given(COMMISSIONED, RAISED_2)
                .when(new ChangeRecommendationStatus(CE, "2", RecommendationStatus.SUPERSEDED, successor, on("2019-06")))
                .expectEvents(new RecommendationStatusChanged(CE, "2", RecommendationStatus.OPEN,
                        RecommendationStatus.SUPERSEDED, successor, on("2019-06")));
        assertThatThrownBy(() -> new ChangeRecommendationStatus(CE, "2", RecommendationStatus.SUPERSEDED, null, on("2019-06")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameStatusTwiceIsRejected() {
        fixture.given(COMMISSIONED, RAISED_2)
                .when(new ChangeRecommendationStatus(CE, "2", RecommendationStatus.OPEN, null, on("2019-05")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anOwnerIsReassigned() {
        fixture.given(COMMISSIONED, RAISED_2)
                .when(new ReassignRecommendationOwner(CE, "2", "Chief Executives", on("2019-06")))
                .expectEvents(new RecommendationOwnerReassigned(CE, "2", DMU, "Chief Executives", on("2019-06")));
    }

    @Test
    void reassigningToTheSameOwnerIsRejected() {
        fixture.given(COMMISSIONED, RAISED_2)
                .when(new ReassignRecommendationOwner(CE, "2", DMU, on("2019-06")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
