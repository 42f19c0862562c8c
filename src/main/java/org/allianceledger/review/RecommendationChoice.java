package org.allianceledger.review;

import java.util.List;

import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
import org.allianceledger.recording.CheckedAnswer;
import org.springframework.stereotype.Component;

import tools.jackson.databind.node.ObjectNode;

/**
 * A recommendation chosen on a recording form, as {@code reviewId/number}, from the recommendations as
 * they stand today (the {@code fragments/recommendation :: choice} select): what the recommendation forms share.
 */
@Component
class RecommendationChoice {

    static final String GROUP = "Reviews and recommendations";

    private final RecommendationRegister register;
    private final ReadModels readModels;

    RecommendationChoice(RecommendationRegister register, ReadModels readModels) {
        this.register = register;
        this.readModels = readModels;
    }

    /** Every recommendation as it stands today, for the form's select. */
    List<RecommendationRow> rows() {
        return register.recommendations(readModels.readAt(new PointInTimeParams(null, null)), null);
    }

    /** The chosen recommendation on the check page: its review's title, its number and its words. */
    CheckedAnswer answer(String question, String field, String chosen, String blank) {
        String label = chosen == null || chosen.isBlank() ? null : rows().stream()
                .filter(row -> (row.review() + "/" + row.number()).equals(chosen)).findFirst()
                .map(row -> row.reviewTitle() + ", " + row.number() + ": " + row.text()).orElse(chosen);
        return CheckedAnswer.of(question, label, field, blank);
    }

    /** The command's {@code reviewId} and {@code number} (or a reference's), when a recommendation was chosen. */
    static void putInto(ObjectNode node, String chosen) {
        if (chosen != null && chosen.contains("/")) {
            node.put("reviewId", chosen.substring(0, chosen.indexOf('/')));
            node.put("number", chosen.substring(chosen.indexOf('/') + 1));
        }
    }
}
