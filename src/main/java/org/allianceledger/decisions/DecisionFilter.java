package org.allianceledger.decisions;


import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.allianceledger.alliance.InvalidInput;

import org.allianceledger.alliance.Nature;

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
        return present(who) || present(body) || present(subject) || present(function) || present(kind) || nature != null
                || from != null || to != null || present(q);
    }

    /** The subject type or id asked for, if any: the register reads that subject's rows only. */
    Optional<String> subjectNamed() {
        return present(subject) ? Optional.of(subject.trim()) : Optional.empty();
    }

    /** The function asked for, if any. */
    Optional<String> functionNamed() {
        return present(function) ? Optional.of(function.trim()) : Optional.empty();
    }

    /** The free text searched for, if any. */
    Optional<String> searched() {
        return present(q) ? Optional.of(q) : Optional.empty();
    }

    /** Whether {@code filed} matches every filter but the free text, which the register's term index answers. */
    boolean matches(Filed row) {
        LocalDate decided = row.validFrom();
        return (!present(who) || row.decidedBy() != null && row.decidedBy().stream().anyMatch(name -> SearchText.contains(name, who)))
                && (!present(body) || SearchText.contains(row.body(), body))
                && (!present(subject) || subject.trim().equals(row.subject().type()) || subject.trim().equals(row.subject().id()))
                && (!present(function) || function.trim().equals(row.function()))
                && (!present(kind) || kind.trim().equals(row.kind()))
                && (nature == null || nature == row.nature())
                && (from == null || !decided.isBefore(from))
                && (to == null || !decided.isAfter(to));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
