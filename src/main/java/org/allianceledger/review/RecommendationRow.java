package org.allianceledger.review;

import java.util.List;

import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.readmodel.Lists;

/**
 * A recommendation as it stood on a date, with every step of its history up to then.
 *
 * @param overdue its due date has passed on the {@code asOf} date and it is neither implemented nor settled
 */
public record RecommendationRow(String review, String reviewTitle, String number, String text, String theme,
                                String owner, String dueBy, RecommendationStatus status, boolean overdue,
                                RecommendationRef supersededBy, List<Step> history) {

    /** A recommendation before any event of it is seen (an event dated before it was raised is folded onto this). */
    static RecommendationRow empty(String review, String number) {
        return new RecommendationRow(review, null, number, null, null, null, null, null, false, null, List.of());
    }

    RecommendationRow raised(String text, String theme, String owner, String dueBy) {
        return new RecommendationRow(review, reviewTitle, number, text, theme, owner, dueBy, RecommendationStatus.OPEN, overdue,
                supersededBy, history);
    }

    RecommendationRow status(RecommendationStatus status, RecommendationRef supersededBy) {
        return new RecommendationRow(review, reviewTitle, number, text, theme, owner, dueBy, status, overdue, supersededBy, history);
    }

    RecommendationRow owner(String owner) {
        return new RecommendationRow(review, reviewTitle, number, text, theme, owner, dueBy, status, overdue, supersededBy, history);
    }

    RecommendationRow with(Step step) {
        return new RecommendationRow(review, reviewTitle, number, text, theme, owner, dueBy, status, overdue, supersededBy,
                Lists.appended(history, step));
    }

    /** As read on a date: with its review's title, and whether it is overdue then. */
    RecommendationRow readOn(String reviewTitle, boolean overdue) {
        return new RecommendationRow(review, reviewTitle, number, text, theme, owner, dueBy, status, overdue, supersededBy, history);
    }

    /** One step: {@code raised}, {@code progress}, {@code status} or {@code owner}, with the status or owner it set. */
    public record Step(PartialDate on, String step, RecommendationStatus status, String owner, String note,
                       SourceRef evidence, List<String> decidedBy, SourceRef source) {
    }
}
