package org.allianceledger.review;

import java.util.List;

import org.allianceledger.recording.CheckedAnswer;

import tools.jackson.databind.node.ObjectNode;

/** A recommendation chosen on a recording form, as {@code reviewId/number}: what the recommendation forms share. */
final class RecommendationChoice {

    static final String GROUP = "Reviews and recommendations";

    private RecommendationChoice() {
    }

    /** The command's {@code reviewId} and {@code number}, when a recommendation was chosen. */
    static void putInto(ObjectNode command, String chosen) {
        if (chosen != null && chosen.contains("/")) {
            command.put("reviewId", chosen.substring(0, chosen.indexOf('/')));
            command.put("number", chosen.substring(chosen.indexOf('/') + 1));
        }
    }

    /** How a recommendation reads in a form's list and on its check page: its review's title, its number and its words. */
    static String label(RecommendationRow row) {
        String text = row.text() == null ? "" : row.text();
        return row.reviewTitle() + ", " + row.number() + ": " + (text.length() > 90 ? text.substring(0, 89) + "…" : text);
    }

    static CheckedAnswer answer(List<RecommendationRow> rows, String chosen) {
        String label = rows.stream().filter(row -> (row.review() + "/" + row.number()).equals(chosen)).findFirst()
                .map(RecommendationChoice::label).orElse(chosen);
        return CheckedAnswer.of("Recommendation", label, "recommendation", "");
    }
}
