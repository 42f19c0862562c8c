package org.allianceledger.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;

import org.allianceledger.alliance.RuleViolation;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A review or audit with its recommendations. Recommendations live inside their review because
 * their numbers are unique only there; the review keeps just each one's status and owner.
 */
@Aggregate
class Review {

    private record Recommendation(RecommendationStatus status, String owner) {
    }

    @AggregateIdentifier
    private String reviewId;
    private String title;
    private boolean finalReportIssued;
    private final Map<String, Recommendation> recommendations = new HashMap<>();

    Review() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Review(CommissionReview command) {
        apply(new ReviewCommissioned(command.reviewId(), command.title(), command.kind(), command.reviewer(),
                command.brief(), command.decision()));
    }

    @CommandHandler
    void handle(ReportReview command) {
        if (finalReportIssued) {
            throw new RuleViolation("stage", title + " has already issued its final report");
        }
        apply(new ReviewReported(reviewId, command.stage(), command.findings(), command.figures(), command.assessment(),
                command.decision()));
    }

    @CommandHandler
    void handle(RaiseRecommendation command) {
        if (recommendations.containsKey(command.number())) {
            throw new RuleViolation("number", title + " already has a recommendation " + command.number());
        }
        apply(new RecommendationRaised(reviewId, command.number(), command.text(), command.theme(), command.owner(),
                command.dueBy(), command.decision()));
    }

    @CommandHandler
    void handle(RecordRecommendationProgress command) {
        recommendation(command.number());
        apply(new RecommendationProgressRecorded(reviewId, command.number(), command.note(), command.evidence(),
                command.decision()));
    }

    @CommandHandler
    void handle(ChangeRecommendationStatus command) {
        RecommendationStatus from = recommendation(command.number()).status();
        if (!from.next().contains(command.status())) {
            throw new RuleViolation("status", "Recommendation " + command.number() + " cannot go from " + from
                    + " to " + command.status() + (from.next().isEmpty() ? ": it is settled" : "; it can go to " + from.next()));
        }
        apply(new RecommendationStatusChanged(reviewId, command.number(), from, command.status(),
                command.supersededBy(), command.decision()));
    }

    @CommandHandler
    void handle(ReassignRecommendationOwner command) {
        String previous = recommendation(command.number()).owner();
        if (command.owner().equals(previous)) {
            throw new RuleViolation("owner", "Recommendation " + command.number() + " is already owned by " + previous);
        }
        apply(new RecommendationOwnerReassigned(reviewId, command.number(), previous, command.owner(), command.decision()));
    }

    private Recommendation recommendation(String number) {
        Recommendation found = recommendations.get(number);
        if (found == null) {
            throw new RuleViolation("number", title + " has no recommendation " + number);
        }
        return found;
    }

    @EventSourcingHandler
    void on(ReviewCommissioned event) {
        reviewId = event.reviewId();
        title = event.title();
    }

    @EventSourcingHandler
    void on(ReviewReported event) {
        finalReportIssued = event.stage() == ReportStage.FINAL;
    }

    @EventSourcingHandler
    void on(RecommendationRaised event) {
        recommendations.put(event.number(), new Recommendation(RecommendationStatus.OPEN, event.owner()));
    }

    @EventSourcingHandler
    void on(RecommendationStatusChanged event) {
        recommendations.computeIfPresent(event.number(), (n, r) -> new Recommendation(event.to(), r.owner()));
    }

    @EventSourcingHandler
    void on(RecommendationOwnerReassigned event) {
        recommendations.computeIfPresent(event.number(), (n, r) -> new Recommendation(r.status(), event.owner()));
    }
}
