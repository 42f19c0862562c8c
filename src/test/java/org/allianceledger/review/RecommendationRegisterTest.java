package org.allianceledger.review;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.allianceledger.alliance.DueBy;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.readmodel.ProjectionHarness;
import org.allianceledger.review.ReviewEvent.RecommendationOwnerReassigned;
import org.allianceledger.review.ReviewEvent.RecommendationProgressRecorded;
import org.allianceledger.review.ReviewEvent.RecommendationRaised;
import org.allianceledger.review.ReviewEvent.RecommendationStatusChanged;
import org.allianceledger.review.ReviewEvent.ReviewCommissioned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecommendationRegisterTest {

    private static final String REVIEW = "ce-review-2019";

    RecommendationRegister progress;
    ProjectionHarness harness;

    @BeforeEach
    void freshProjection() {
        progress = new RecommendationRegister();
        harness = new ProjectionHarness(progress);
        harness.record(new ReviewCommissioned(REVIEW, "Strategic Alliance Review", ReviewKind.INTERNAL_REVIEW,
                "Chief Executives", List.of("governance"), on("2018-10")));
        harness.record(new RecommendationRaised(REVIEW, "1", "Refresh the alliance's governance", "governance",
                "Chief Executives", DueBy.parse("2019/20 Q2"), on("2019-04")));
        harness.record(new RecommendationRaised(REVIEW, "2", "Publish savings yearly", "savings",
                "Chief Finance Officers", DueBy.parse("2019-12"), on("2019-04")));
    }

    @Test
    void eachRecommendationShowsItsStatusOwnerDueDateAndHistory() {
        harness.record(new RecommendationProgressRecorded(REVIEW, "1", "terms drafted",
                new SourceRef("BCB minutes", PartialDate.parse("2019-06"), "item 4"), on("2019-06")));
        harness.record(new RecommendationStatusChanged(REVIEW, "1", RecommendationStatus.OPEN, RecommendationStatus.IN_PROGRESS,
                null, on("2019-06")));
        harness.record(new RecommendationOwnerReassigned(REVIEW, "1", "Chief Executives", "Head of Governance", on("2019-07")));

        RecommendationRow first = progress.recommendations(harness.asOf("2019-08-01"), REVIEW).get(0);

        assertThat(first.reviewTitle()).isEqualTo("Strategic Alliance Review");
        assertThat(first.status()).isEqualTo(RecommendationStatus.IN_PROGRESS);
        assertThat(first.owner()).isEqualTo("Head of Governance");
        assertThat(first.dueBy()).isEqualTo("2019/20 Q2");
        assertThat(first.history()).extracting(RecommendationRow.Step::step, RecommendationRow.Step::status,
                        RecommendationRow.Step::owner, RecommendationRow.Step::note)
                .containsExactly(tuple("raised", RecommendationStatus.OPEN, "Chief Executives", null),
                        tuple("progress", null, null, "terms drafted"),
                        tuple("status", RecommendationStatus.IN_PROGRESS, null, null),
                        tuple("owner", null, "Head of Governance", null));
        assertThat(first.history().get(1).evidence().document()).isEqualTo("BCB minutes");
    }

    @Test
    void overdueIsJudgedOnTheAsOfDateAndImplementationStopsTheClock() {
        assertThat(overdue("2019-09-30")).isEmpty();
        assertThat(overdue("2019-10-01")).containsExactly("1");
        assertThat(overdue("2020-01-01")).containsExactly("1", "2");

        harness.record(new RecommendationStatusChanged(REVIEW, "2", RecommendationStatus.OPEN, RecommendationStatus.IMPLEMENTED,
                null, on("2019-11")));

        assertThat(overdue("2020-01-01")).containsExactly("1");
        RecommendationCounts counts = progress.counts(harness.asOf("2020-01-01"), REVIEW);
        assertThat(counts.total()).isEqualTo(2);
        assertThat(counts.byStatus()).containsEntry(RecommendationStatus.OPEN, 1).containsEntry(RecommendationStatus.IMPLEMENTED, 1);
        assertThat(counts.overdue()).isEqualTo(1);
    }

    @Test
    void aStatusChangeRecordedLateLandsInItsPlaceInTheHistory() {
        harness.record(new RecommendationStatusChanged(REVIEW, "1", RecommendationStatus.OPEN, RecommendationStatus.IN_PROGRESS,
                null, on("2019-09")));
        Instant beforeLateEntry = harness.record(new RecommendationProgressRecorded(REVIEW, "1", "board agreed the approach",
                null, on("2019-10")));
        harness.record(new RecommendationProgressRecorded(REVIEW, "1", "first workshop held", null, on("2019-05")));

        assertThat(progress.recommendations(harness.asOf("2019-12-31"), REVIEW).get(0).history())
                .extracting(step -> step.on().toString())
                .containsExactly("2019-04", "2019-05", "2019-09", "2019-10");
        assertThat(progress.recommendations(ProjectionHarness.at("2019-12-31", beforeLateEntry), REVIEW).get(0).history())
                .extracting(step -> step.on().toString())
                .containsExactly("2019-04", "2019-09", "2019-10");
        assertThat(progress.recommendations(harness.asOf("2019-06-30"), REVIEW).get(0).status())
                .isEqualTo(RecommendationStatus.OPEN);
    }

    @Test
    void recommendationsOfOtherReviewsAreLeftOutWhenOneIsAskedFor() {
        harness.record(new RecommendationRaised("concerto-review-2017", "A", "Rationalise meetings", null, "PCCs",
                null, on("2017-06")));

        assertThat(progress.recommendations(harness.asOf("2019-12-31"), REVIEW)).extracting(RecommendationRow::number)
                .containsExactly("1", "2");
        assertThat(progress.recommendations(harness.asOf("2019-12-31"), null)).hasSize(3);
    }

    private List<String> overdue(String asOf) {
        return progress.recommendations(harness.asOf(asOf), REVIEW).stream().filter(RecommendationRow::overdue)
                .map(RecommendationRow::number).toList();
    }
}
