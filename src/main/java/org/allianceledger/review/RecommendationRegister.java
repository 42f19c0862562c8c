package org.allianceledger.review;


import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.DueBy;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.readmodel.Fact;
import org.allianceledger.readmodel.KeyedView;
import org.allianceledger.readmodel.KeyedViews;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.Projection;
import org.allianceledger.review.ReviewEvent.RecommendationEvent;
import org.allianceledger.review.ReviewEvent.RecommendationOwnerReassigned;
import org.allianceledger.review.ReviewEvent.RecommendationProgressRecorded;
import org.allianceledger.review.ReviewEvent.RecommendationRaised;
import org.allianceledger.review.ReviewEvent.RecommendationStatusChanged;
import org.allianceledger.review.ReviewEvent.ReviewCommissioned;
import org.allianceledger.review.ReviewEvent.ReviewReported;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

/**
 * The progress of every review's recommendations: status history, owner, due date and whether it
 * is overdue on a date. Reviews are kept beside them for their titles.
 */
@Projection
public class RecommendationRegister implements KeyedViews {

    /** Implemented awaits audit's verification but is no longer late; the others are settled. */
    static final Set<RecommendationStatus> NOT_DUE = EnumSet.of(RecommendationStatus.IMPLEMENTED,
            RecommendationStatus.VERIFIED_BY_INTERNAL_AUDIT, RecommendationStatus.SUPERSEDED, RecommendationStatus.NOT_ACCEPTED);

    private final KeyedView<ReviewEvent, ReviewRow> reviews = new KeyedView<>(ReviewEvent.class, RecommendationRegister::evolve);
    private final KeyedView<RecommendationEvent, RecommendationRow> recommendations = new KeyedView<>(RecommendationEvent.class, RecommendationRegister::evolve);

    @EventHandler
    void on(ReviewEvent event, EventMessage<?> message) {
        if (event instanceof RecommendationEvent recommendation) {
            recommendations.add(recommendation.subject().id(), Fact.of(recommendation, message));
        } else {
            reviews.add(event.reviewId(), Fact.of(event, message));
        }
    }

    @ResetHandler
    void reset() {
        reviews.clear();
        recommendations.clear();
    }

    @Override
    public List<KeyedView<?, ?>> keyedViews() {
        return List.of(reviews, recommendations);
    }

    /** The recommendations of one review, or of all when {@code reviewId} is null, as they stood at {@code at}. */
    public List<RecommendationRow> recommendations(PointInTime at, String reviewId) {
        Map<String, String> titles = new HashMap<>();
        reviews(at).forEach(review -> titles.put(review.reviewId(), review.title()));
        String review = reviewId == null || reviewId.isBlank() ? null : reviewId.trim();
        return recommendations.rows(at).stream()
                .filter(row -> review == null || review.equals(row.review()))
                .map(row -> row.readOn(titles.get(row.review()), overdue(row, at.asOf())))
                .toList();
    }

    /** The recommendations that pass {@code filter} at {@code at}; a value the record does not hold there is refused. */
    public List<RecommendationRow> tracked(PointInTime at, RecommendationFilter filter) {
        return filter.apply(reviews(at), recommendations(at, null), at.asOf());
    }

    /** The reviews commissioned by {@code at}, with the reports they had made by then. */
    public List<ReviewRow> reviews(PointInTime at) {
        return reviews.rows(at);
    }

    /** How many recommendations stand in each status at {@code at}, and how many are overdue. */
    public RecommendationCounts counts(PointInTime at, String reviewId) {
        return RecommendationCounts.of(recommendations(at, reviewId));
    }

    private static boolean overdue(RecommendationRow row, LocalDate asOf) {
        return row.dueBy() != null && !NOT_DUE.contains(row.status()) && DueBy.parse(row.dueBy()).isOverdueOn(asOf);
    }

    /** A review's row after one more of its own events (a recommendation's events are filed under the recommendation). */
    static ReviewRow evolve(ReviewRow row, Fact<ReviewEvent> fact) {
        ReviewRow before = row == null ? ReviewRow.empty(fact.event().reviewId()) : row;
        DecisionContext decision = fact.event().decision();
        return switch (fact.event()) {
            case ReviewCommissioned commissioned -> before.commissioned(commissioned.title(), commissioned.kind(),
                    commissioned.reviewer(), decision.decidedOn());
            case ReviewReported reported -> before.with(new ReviewRow.Report(reported.stage(), decision.decidedOn(),
                    reported.findings(), reported.assessment(), decision.source()));
            case RecommendationEvent recommendation -> before;
        };
    }

    /** A recommendation's row after one more of its events: each is a step of its history. */
    static RecommendationRow evolve(RecommendationRow row, Fact<RecommendationEvent> fact) {
        RecommendationEvent event = fact.event();
        RecommendationRow before = row == null ? RecommendationRow.empty(event.reviewId(), event.number()) : row;
        DecisionContext decision = event.decision();
        return switch (event) {
            case RecommendationRaised raised -> before
                    .raised(raised.text(), raised.theme(), raised.owner(), raised.dueBy() == null ? null : raised.dueBy().text())
                    .with(step(decision, "raised", RecommendationStatus.OPEN, raised.owner(), null, null));
            case RecommendationProgressRecorded progress -> before
                    .with(step(decision, "progress", null, null, progress.note(), progress.evidence()));
            case RecommendationStatusChanged changed -> before.status(changed.to(), changed.supersededBy())
                    .with(step(decision, "status", changed.to(), null, null, null));
            case RecommendationOwnerReassigned reassigned -> before.owner(reassigned.owner())
                    .with(step(decision, "owner", null, reassigned.owner(), null, null));
        };
    }

    private static RecommendationRow.Step step(DecisionContext decision, String step, RecommendationStatus status, String owner,
                                               String note, SourceRef evidence) {
        return new RecommendationRow.Step(decision.decidedOn(), step, status, owner, note, evidence, decision.decidedBy(),
                decision.source());
    }
}
