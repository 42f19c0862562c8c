package org.allianceledger.review;

import java.util.List;
import java.util.Optional;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Names;
import org.allianceledger.alliance.Plain;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.allianceledger.alliance.DueBy;
import org.allianceledger.alliance.SourceRef;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** What the record says about a review, its report and its recommendations. */
public sealed interface ReviewEvent extends RecordedDecision {

    @Override
    default Subject subject() {
        return new Subject(Subject.REVIEW, reviewId());
    }

    String reviewId();

    /** A recommendation as readers know it: "Recommendation 3a of '...'", by the title the review's commissioning gave it. */
    static String recommendation(Names names, String reviewId, String number) {
        return "Recommendation " + number + " of '" + names.of(Subject.REVIEW, reviewId) + "'";
    }

    /** What the record says about one of a review's recommendations: the register files it under the recommendation. */
    sealed interface RecommendationEvent extends ReviewEvent {

        String number();

        @Override
        default Subject subject() {
            return new Subject("recommendation", reviewId() + "/" + number());
        }

        default String recommendation(Names names) {
            return ReviewEvent.recommendation(names, reviewId(), number());
        }
    }

    @Revision("1")
    @JsonTypeName("ReviewCommissioned")
    @PublicName("review-commissioned")
    record ReviewCommissioned(String reviewId, String title, ReviewKind kind, String reviewer, List<String> brief,
                              DecisionContext decision) implements ReviewEvent {
        @Override
        public String summary(Names names) {
            return "Review '" + title + "' commissioned" + Plain.part(" from ", reviewer, "") + Plain.part(" (", kind, ")");
        }

        @Override
        public Optional<String> nameGiven(Names names) {
            return Optional.of(title);
        }
    }

    @Revision("1")
    @JsonTypeName("ReviewReported")
    @PublicName("review-reported")
    record ReviewReported(String reviewId, ReportStage stage, List<String> findings, List<ReviewFigure> figures,
                          String assessment, DecisionContext decision) implements ReviewEvent {
        @Override
        public String summary(Names names) {
            return "Review '" + names.of(subject()) + "' reported (" + Plain.words(stage) + " report): "
                    + Plain.count(findings.size(), "finding", "findings");
        }
    }

    @Revision("1")
    @JsonTypeName("RecommendationRaised")
    @PublicName("recommendation-raised")
    record RecommendationRaised(String reviewId, String number, String text, String theme, String owner, DueBy dueBy,
                                DecisionContext decision) implements RecommendationEvent {
        @Override
        public String summary(Names names) {
            return recommendation(names) + ": " + text;
        }

        @Override
        public Optional<String> nameGiven(Names names) {
            return Optional.of(recommendation(names));
        }
    }

    @Revision("1")
    @JsonTypeName("RecommendationProgressRecorded")
    @PublicName("recommendation-progress-recorded")
    record RecommendationProgressRecorded(String reviewId, String number, String note, SourceRef evidence,
                                          DecisionContext decision) implements RecommendationEvent {
        @Override
        public String summary(Names names) {
            return recommendation(names) + ", progress noted" + Plain.part(": ", note, "");
        }
    }

    @Revision("1")
    @JsonTypeName("RecommendationStatusChanged")
    @PublicName("recommendation-status-changed")
    record RecommendationStatusChanged(String reviewId, String number, RecommendationStatus from,
                                       RecommendationStatus to, RecommendationRef supersededBy,
                                       DecisionContext decision) implements RecommendationEvent {
        @Override
        public String summary(Names names) {
            return recommendation(names) + " moved" + Plain.part(" from ", from, "") + " to " + Plain.words(to)
                    + (supersededBy == null ? "" : " by " + ReviewEvent.recommendation(names, supersededBy.reviewId(), supersededBy.number()));
        }
    }

    @Revision("1")
    @JsonTypeName("RecommendationOwnerReassigned")
    @PublicName("recommendation-owner-reassigned")
    record RecommendationOwnerReassigned(String reviewId, String number, String previousOwner, String owner,
                                         DecisionContext decision) implements RecommendationEvent {
        @Override
        public String summary(Names names) {
            return recommendation(names) + " reassigned" + Plain.part(" from ", previousOwner, "") + " to " + owner;
        }
    }
}
