package org.allianceledger.review;


import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.DueBy;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.readmodel.Change;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.RowFilter;
import org.allianceledger.readmodel.Projection;
import org.allianceledger.readmodel.ChangeLog;
import org.allianceledger.readmodel.ChangeLogProjection;
import org.allianceledger.review.ReviewEvent.RecommendationOwnerReassigned;
import org.allianceledger.review.ReviewEvent.RecommendationProgressRecorded;
import org.allianceledger.review.ReviewEvent.RecommendationRaised;
import org.allianceledger.review.ReviewEvent.RecommendationStatusChanged;
import org.allianceledger.review.ReviewEvent.ReviewCommissioned;
import org.allianceledger.review.ReviewEvent.ReviewReported;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;

import com.mongodb.client.MongoDatabase;

/**
 * The progress of every review's recommendations: status history, owner, due date and whether it
 * is overdue on a date. Reviews are kept beside them for their titles.
 */
@Projection
public class RecommendationRegister extends ChangeLogProjection {

    /** Implemented awaits audit's verification but is no longer late; the others are settled. */
    static final Set<RecommendationStatus> NOT_DUE = EnumSet.of(RecommendationStatus.IMPLEMENTED,
            RecommendationStatus.VERIFIED_BY_INTERNAL_AUDIT, RecommendationStatus.SUPERSEDED, RecommendationStatus.NOT_ACCEPTED);
    private static final String ROW_TYPE = "rowType";
    private static final String REVIEW = "review";
    private static final String RECOMMENDATION = "recommendation";

    RecommendationRegister(MongoDatabase database) {
        super(database, "recommendation_progress");
    }

    @EventHandler
    void on(ReviewCommissioned event, EventMessage<?> message) {
        changeLog.record(Change.of(message, event.reviewId(), event.decision())
                .field(ROW_TYPE, REVIEW).field(REVIEW, event.reviewId())
                .set("reviewId", event.reviewId())
                .set("title", event.title())
                .set("kind", event.kind())
                .set("reviewer", event.reviewer())
                .set("commissionedOn", event.decision().decidedOn()));
    }

    @EventHandler
    void on(ReviewReported event, EventMessage<?> message) {
        DecisionContext decision = event.decision();
        changeLog.record(Change.of(message, event.reviewId(), decision)
                .field(ROW_TYPE, REVIEW).field(REVIEW, event.reviewId())
                .append("reports", new ReviewRow.Report(event.stage(), decision.decidedOn(), event.findings(),
                        event.assessment(), decision.source())));
    }

    @EventHandler
    void on(RecommendationRaised event, EventMessage<?> message) {
        changeLog.record(step(message, event, "raised", RecommendationStatus.OPEN, event.owner(), null, null)
                .set(REVIEW, event.reviewId())
                .set("number", event.number())
                .set("text", event.text())
                .set("theme", event.theme())
                .set("owner", event.owner())
                .set("dueBy", event.dueBy())
                .set("status", RecommendationStatus.OPEN));
    }

    @EventHandler
    void on(RecommendationProgressRecorded event, EventMessage<?> message) {
        changeLog.record(step(message, event, "progress", null, null, event.note(), event.evidence()));
    }

    @EventHandler
    void on(RecommendationStatusChanged event, EventMessage<?> message) {
        changeLog.record(step(message, event, "status", event.to(), null, null, null)
                .set("status", event.to())
                .set("supersededBy", event.supersededBy()));
    }

    @EventHandler
    void on(RecommendationOwnerReassigned event, EventMessage<?> message) {
        changeLog.record(step(message, event, "owner", null, event.owner(), null, null)
                .set("owner", event.owner()));
    }

    /** The recommendations of one review, or of all when {@code reviewId} is null, as they stood at {@code at}. */
    public List<RecommendationRow> recommendations(PointInTime at, String reviewId) {
        Map<String, String> titles = new LinkedHashMap<>();
        changeLog.fold(at, RowFilter.eq(ROW_TYPE, REVIEW)).forEach((id, review) -> titles.put(id, review.getString("title")));
        RowFilter recommendations = RowFilter.eq(ROW_TYPE, RECOMMENDATION);
        RowFilter ofReview = reviewId == null || reviewId.isBlank() ? recommendations
                : recommendations.and(RowFilter.eq(REVIEW, reviewId.trim()));
        return changeLog.fold(at, ofReview).values().stream()
                .map(state -> row(state, titles, at.asOf()))
                .toList();
    }

    /** The recommendations that pass {@code filter} at {@code at}; a value the record does not hold there is refused. */
    public List<RecommendationRow> tracked(PointInTime at, RecommendationFilter filter) {
        return filter.apply(reviews(at), recommendations(at, null), at.asOf());
    }

    /** The reviews commissioned by {@code at}, with the reports they had made by then. */
    public List<ReviewRow> reviews(PointInTime at) {
        return changeLog.states(at, RowFilter.eq(ROW_TYPE, REVIEW), ReviewRow.class);
    }

    /** How many recommendations stand in each status at {@code at}, and how many are overdue. */
    public RecommendationCounts counts(PointInTime at, String reviewId) {
        return RecommendationCounts.of(recommendations(at, reviewId));
    }

    private RecommendationRow row(Document state, Map<String, String> titles, LocalDate asOf) {
        RecommendationRow row = changeLog.as(state, RecommendationRow.class);
        boolean overdue = row.dueBy() != null && !NOT_DUE.contains(row.status()) && DueBy.parse(row.dueBy()).isOverdueOn(asOf);
        return new RecommendationRow(row.review(), titles.get(row.review()), row.number(), row.text(), row.theme(),
                row.owner(), row.dueBy(), row.status(), overdue, row.supersededBy(), row.history());
    }

    private static Change step(EventMessage<?> message, ReviewEvent.RecommendationEvent event, String step,
                               RecommendationStatus status, String owner, String note, SourceRef evidence) {
        DecisionContext decision = event.decision();
        return Change.of(message, event.subject().id(), decision)
                .field(ROW_TYPE, RECOMMENDATION).field(REVIEW, event.reviewId())
                .append("history", new RecommendationRow.Step(decision.decidedOn(), step, status, owner, note,
                        evidence, decision.decidedBy(), decision.source()));
    }
}
