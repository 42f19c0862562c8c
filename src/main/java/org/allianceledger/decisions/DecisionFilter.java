package org.allianceledger.decisions;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.allianceledger.readmodel.Timeline;
import org.bson.conversions.Bson;

/**
 * The register's filters; each one given narrows the list. Text filters match case-insensitively
 * anywhere in the field.
 *
 * @param who     a name or office among the deciders
 * @param body    the deciding body
 * @param subject a subject's type ({@code agreement}) or id ({@code s22-public-contact})
 * @param function a collaborated function's id: its own decisions and those on its agreement, business cases and savings
 * @param kind    a kind of decision, e.g. {@code collaboration-deferred}
 * @param from    decided on or after (the decision's earliest possible date)
 * @param to      decided on or before
 * @param q       free text across summary, rationale, body, deciders, source and note
 */
public record DecisionFilter(String who, String body, String subject, String function, String kind, LocalDate from,
                             LocalDate to, String q) {

    public static final DecisionFilter NONE = new DecisionFilter(null, null, null, null, null, null, null, null);

    Bson toBson() {
        List<Bson> filters = new ArrayList<>();
        if (present(who)) {
            filters.add(contains(DecisionRegister.DECIDED_BY, who));
        }
        if (present(body)) {
            filters.add(contains(DecisionRegister.BODY, body));
        }
        if (present(subject)) {
            filters.add(or(eq(DecisionRegister.SUBJECT_TYPE, subject.trim()), eq(DecisionRegister.SUBJECT_ID, subject.trim())));
        }
        if (present(function)) {
            filters.add(eq(DecisionRegister.FUNCTION, function.trim()));
        }
        if (present(kind)) {
            filters.add(eq(DecisionRegister.KIND, kind.trim()));
        }
        if (from != null) {
            filters.add(gte(Timeline.VALID_FROM, from.toString()));
        }
        if (to != null) {
            filters.add(lte(Timeline.VALID_FROM, to.toString()));
        }
        if (present(q)) {
            filters.add(or(DecisionRegister.FREE_TEXT_FIELDS.stream().map(field -> contains(field, q)).toList()));
        }
        return filters.isEmpty() ? Timeline.ALL : and(filters);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static Bson contains(String field, String text) {
        return regex(field, Pattern.quote(text.trim()), "i");
    }
}
