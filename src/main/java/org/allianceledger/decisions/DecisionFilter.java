package org.allianceledger.decisions;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.allianceledger.alliance.InvalidInput;

import org.allianceledger.alliance.Nature;
import org.allianceledger.readmodel.ChangeLog;
import org.allianceledger.readmodel.RowFilter;

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
 * @param q       free text across summary, rationale, body, deciders, the subject's and function's ids and names,
 *                source, quote and notes
 * @param nature  {@code DECISION}, {@code REPORTED} or {@code PLANNED}: decisions only, or what documents report or plan
 */
public record DecisionFilter(String who, String body, String subject, String function, String kind, LocalDate from,
                             LocalDate to, String q, Nature nature) {

    public static final DecisionFilter NONE = new DecisionFilter(null, null, null, null, null, null, null, null, null);

    public DecisionFilter(String who, String body, String subject, String function, String kind, LocalDate from,
                          LocalDate to, String q) {
        this(who, body, subject, function, kind, from, to, q, null);
    }

    /**
     * This filter, once none of its values contradicts another or names what the ledger does not hold:
     * a page refuses those rather than showing an empty table.
     *
     * @param kinds     every kind of decision the register records
     * @param functions the ids of the collaborated functions the record holds
     */
    DecisionFilter checked(Set<String> kinds, Set<String> functions) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInput("from", "The from date " + from + " is after the to date " + to + ": nothing can be decided in between");
        }
        if (present(kind) && !kinds.contains(kind.trim())) {
            throw new InvalidInput("kind", "No kind of decision is called '" + kind.trim() + "'");
        }
        if (present(function) && !functions.contains(function.trim())) {
            throw new InvalidInput("function", "No collaborated function '" + function.trim() + "' is recorded");
        }
        return this;
    }

    /** Whether any filter is given (a blank one is none). */
    boolean narrows() {
        return toRowFilter() != ChangeLog.ALL;
    }

    RowFilter toRowFilter() {
        List<RowFilter> filters = new ArrayList<>();
        if (present(who)) {
            filters.add(RowFilter.contains(DecisionRegister.DECIDED_BY, who.trim()));
        }
        if (present(body)) {
            filters.add(RowFilter.contains(DecisionRegister.BODY, body.trim()));
        }
        if (present(subject)) {
            filters.add(RowFilter.any(List.of(RowFilter.eq(DecisionRegister.SUBJECT_TYPE, subject.trim()),
                    RowFilter.eq(DecisionRegister.SUBJECT_ID, subject.trim()))));
        }
        if (present(function)) {
            filters.add(RowFilter.eq(DecisionRegister.FUNCTION, function.trim()));
        }
        if (present(kind)) {
            filters.add(RowFilter.eq(DecisionRegister.KIND, kind.trim()));
        }
        if (nature != null) {
            filters.add(RowFilter.eq(DecisionRegister.NATURE, nature.name()));
        }
        if (from != null) {
            filters.add(RowFilter.atLeast(ChangeLog.VALID_FROM, from.toString()));
        }
        if (to != null) {
            filters.add(RowFilter.atMost(ChangeLog.VALID_FROM, to.toString()));
        }
        if (present(q)) {
            filters.add(RowFilter.any(DecisionRegister.FREE_TEXT_FIELDS.stream()
                    .map(field -> RowFilter.contains(field, q.trim())).toList()));
        }
        return filters.isEmpty() ? ChangeLog.ALL : RowFilter.all(filters);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
