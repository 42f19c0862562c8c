package org.allianceledger.review;

import static org.allianceledger.alliance.Decisions.on;

import java.util.List;
import java.util.Map;

import org.allianceledger.alliance.DueBy;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.command.FeatureSamples;
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

public class ReviewSamples implements FeatureSamples {

    private static final String ID = "concerto-review-2017";

    @Override
    public Map<String, Object> commandsByEndpoint() {
        return Map.of(
                "/api/commands/commission-review", new CommissionReview(ID, "Concerto strategic review",
                        ReviewKind.EXTERNAL_REVIEW, "Concerto", List.of("delays"), on("2016-12")),
                "/api/commands/report-review", new ReportReview(ID, ReportStage.FINAL, List.of("governance"), List.of(), null, on("2017")),
                "/api/commands/raise-recommendation", new RaiseRecommendation(ID, "1", "streamline governance",
                        "governance", "SAS", DueBy.parse("2017/18"), on("2017")),
                "/api/commands/record-recommendation-progress", new RecordRecommendationProgress(ID, "1",
                        "boards disbanded", null, on("2017-09")),
                "/api/commands/change-recommendation-status", new ChangeRecommendationStatus(ID, "1",
                        RecommendationStatus.IMPLEMENTED, null, on("2018-02")),
                "/api/commands/reassign-recommendation-owner", new ReassignRecommendationOwner(ID, "1", "JCOB", on("2017-09")));
    }

    @Override
    public List<Object> events() {
        return List.of(
                new ReviewCommissioned(ID, "Concerto strategic review", ReviewKind.EXTERNAL_REVIEW, "Concerto", List.of("delays"), on("2016-12")),
                new ReviewReported(ID, ReportStage.FINAL, List.of("governance"), List.of(new ReviewFigure("ICT",
                        ReviewFigure.Measure.SAVING, Money.ofThousands(2400), null, null)), "red / amber", on("2017")),
                new RecommendationRaised(ID, "1", "streamline governance", "governance", "SAS", DueBy.parse("2017/18 Q3"), on("2017")),
                new RecommendationProgressRecorded(ID, "1", "boards disbanded",
                        new SourceRef("CE Strategic Alliance Review, Apr 2019", PartialDate.month(2019, 4), "§3.12"), on("2017-09")),
                new RecommendationStatusChanged(ID, "1", RecommendationStatus.OPEN, RecommendationStatus.SUPERSEDED,
                        new RecommendationRef("ce-strategic-alliance-review-2019", "2"), on("2019-04")),
                new RecommendationOwnerReassigned(ID, "1", "SAS", "JCOB", on("2017-09")));
    }
}
