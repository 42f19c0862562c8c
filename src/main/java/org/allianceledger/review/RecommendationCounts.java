package org.allianceledger.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How a review's recommendations stand: how many in each status, and how many are overdue. */
public record RecommendationCounts(int total, Map<RecommendationStatus, Integer> byStatus, int overdue) {

    static RecommendationCounts of(List<RecommendationRow> rows) {
        Map<RecommendationStatus, Integer> byStatus = new EnumMap<>(RecommendationStatus.class);
        for (RecommendationStatus status : RecommendationStatus.values()) {
            byStatus.put(status, 0);
        }
        rows.forEach(row -> byStatus.merge(row.status(), 1, Integer::sum));
        return new RecommendationCounts(rows.size(), byStatus, (int) rows.stream().filter(RecommendationRow::overdue).count());
    }
}
