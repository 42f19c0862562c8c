package org.allianceledger.review;

import java.util.List;
import java.util.Objects;

import org.allianceledger.alliance.DecisionCommand;
import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.DueBy;
import org.allianceledger.alliance.Ids;
import org.allianceledger.alliance.LongText;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.alliance.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Decisions about a review or audit and its recommendations. Who commissioned it, and when, is
 * the commissioning decision's context; a recommendation's number is unique within its review.
 */
public sealed interface ReviewCommand extends DecisionCommand {

    String reviewId();

    @PublicName("commission-review")
    record CommissionReview(@TargetAggregateIdentifier String reviewId, String title, ReviewKind kind, String reviewer,
                            @LongText List<String> brief, DecisionContext decision) implements ReviewCommand {

        public CommissionReview {
            Ids.requireSlug(reviewId, "reviewId");
            title = Text.require(title, "title");
            Objects.requireNonNull(kind, "kind is required");
            reviewer = Text.require(reviewer, "reviewer");
            brief = texts(brief, "brief");
        }
    }

    /** A draft or the final report, with its findings and the reviewer's overall assessment if it gives one. */
    @PublicName("report-review")
    record ReportReview(@TargetAggregateIdentifier String reviewId, ReportStage stage, @LongText List<String> findings,
                        List<ReviewFigure> figures, @LongText String assessment, DecisionContext decision)
            implements ReviewCommand {

        public ReportReview {
            Ids.requireSlug(reviewId, "reviewId");
            Objects.requireNonNull(stage, "stage is required");
            findings = texts(findings, "findings");
            figures = figures == null ? List.of() : List.copyOf(figures);
            assessment = Text.optional(assessment);
        }
    }

    @PublicName("raise-recommendation")
    record RaiseRecommendation(@TargetAggregateIdentifier String reviewId, String number, @LongText String text, String theme,
                               String owner, DueBy dueBy, DecisionContext decision) implements ReviewCommand {

        public RaiseRecommendation {
            Ids.requireSlug(reviewId, "reviewId");
            number = requireNumber(number);
            text = Text.require(text, "text");
            theme = Text.optional(theme);
            // a review that assigns no owner is recorded as such, not given one
            owner = Text.optional(owner);
        }
    }

    @PublicName("record-recommendation-progress")
    record RecordRecommendationProgress(@TargetAggregateIdentifier String reviewId, String number, @LongText String note,
                                        SourceRef evidence, DecisionContext decision) implements ReviewCommand {

        public RecordRecommendationProgress {
            Ids.requireSlug(reviewId, "reviewId");
            number = requireNumber(number);
            note = Text.require(note, "note");
        }
    }

    /** A superseded recommendation names the one that replaced it. */
    @PublicName("change-recommendation-status")
    record ChangeRecommendationStatus(@TargetAggregateIdentifier String reviewId, String number,
                                      RecommendationStatus status, RecommendationRef supersededBy,
                                      DecisionContext decision) implements ReviewCommand {

        public ChangeRecommendationStatus {
            Ids.requireSlug(reviewId, "reviewId");
            number = requireNumber(number);
            Objects.requireNonNull(status, "status is required");
            if ((status == RecommendationStatus.SUPERSEDED) != (supersededBy != null)) {
                throw new IllegalArgumentException("supersededBy is given exactly when the status is SUPERSEDED");
            }
        }
    }

    @PublicName("reassign-recommendation-owner")
    record ReassignRecommendationOwner(@TargetAggregateIdentifier String reviewId, String number, String owner,
                                       DecisionContext decision) implements ReviewCommand {

        public ReassignRecommendationOwner {
            Ids.requireSlug(reviewId, "reviewId");
            number = requireNumber(number);
            owner = Text.require(owner, "owner");
        }
    }

    /** Numbers as reviews print them: "2", "3c", "R4.1". */
    private static String requireNumber(String number) {
        String n = Text.require(number, "number");
        if (!n.matches("[A-Za-z]{0,3}\\d+(\\.\\d+)?[a-z]?")) {
            throw new IllegalArgumentException("number is written like '2', '3c' or 'R4.1', not '" + number + "'");
        }
        return n;
    }

    private static List<String> texts(List<String> items, String field) {
        return items == null ? List.of() : items.stream().map(item -> Text.require(item, field)).toList();
    }
}
