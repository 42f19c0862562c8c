package org.allianceledger.review;

import java.util.List;

import org.allianceledger.alliance.DecisionContext;
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
        return new Subject("review", reviewId());
    }

    String reviewId();

    /** What the record says about one of a review's recommendations: the register files it under the recommendation. */
    sealed interface RecommendationEvent extends ReviewEvent {

        String number();

        @Override
        default Subject subject() {
            return new Subject("recommendation", reviewId() + "/" + number());
        }
    }

    @Revision("1")
    @JsonTypeName("ReviewCommissioned")
    record ReviewCommissioned(String reviewId, String title, ReviewKind kind, String reviewer, List<String> brief,
                              DecisionContext decision) implements ReviewEvent {
        @Override
        public String summary() {
            return "Review '" + title + "' commissioned" + (reviewer == null ? "" : " from " + reviewer);
        }
    }

    @Revision("1")
    @JsonTypeName("ReviewReported")
    record ReviewReported(String reviewId, ReportStage stage, List<String> findings, List<ReviewFigure> figures,
                          String assessment, DecisionContext decision) implements ReviewEvent {
        @Override
        public String summary() {
            return "Review " + reviewId + " reported (" + stage + "): " + findings.size() + " findings";
        }
    }

    @Revision("1")
    @JsonTypeName("RecommendationRaised")
    record RecommendationRaised(String reviewId, String number, String text, String theme, String owner, DueBy dueBy,
                                DecisionContext decision) implements RecommendationEvent {
        @Override
        public String summary() {
            return "Recommendation " + number + " of " + reviewId + ": " + text;
        }
    }

    @Revision("1")
    @JsonTypeName("RecommendationProgressRecorded")
    record RecommendationProgressRecorded(String reviewId, String number, String note, SourceRef evidence,
                                          DecisionContext decision) implements RecommendationEvent {
        @Override
        public String summary() {
            return "Progress on recommendation " + number + " of " + reviewId + ": " + note;
        }
    }

    @Revision("1")
    @JsonTypeName("RecommendationStatusChanged")
    record RecommendationStatusChanged(String reviewId, String number, RecommendationStatus from,
                                       RecommendationStatus to, RecommendationRef supersededBy,
                                       DecisionContext decision) implements RecommendationEvent {
        @Override
        public String summary() {
            return "Recommendation " + number + " of " + reviewId + " moved from " + from + " to " + to;
        }
    }

    @Revision("1")
    @JsonTypeName("RecommendationOwnerReassigned")
    record RecommendationOwnerReassigned(String reviewId, String number, String previousOwner, String owner,
                                         DecisionContext decision) implements RecommendationEvent {
        @Override
        public String summary() {
            return "Recommendation " + number + " of " + reviewId + " reassigned to " + owner;
        }
    }
}
