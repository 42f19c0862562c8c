package org.allianceledger.review;

import java.util.List;

import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;

/**
 * A recommendation as it stood on a date, with every step of its history up to then.
 *
 * @param overdue its due date has passed on the {@code asOf} date and it is neither implemented nor settled
 */
public record RecommendationRow(String review, String reviewTitle, String number, String text, String theme,
                                String owner, String dueBy, RecommendationStatus status, boolean overdue,
                                RecommendationRef supersededBy, List<Step> history) {

    /** One step: {@code raised}, {@code progress}, {@code status} or {@code owner}, with the status or owner it set. */
    public record Step(PartialDate on, String step, RecommendationStatus status, String owner, String note,
                       SourceRef evidence, List<String> decidedBy, SourceRef source) {
    }
}
