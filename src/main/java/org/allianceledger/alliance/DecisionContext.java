package org.allianceledger.alliance;

import java.time.LocalDate;
import java.util.List;

/**
 * Who decided, when, where and on what evidence. Every decision command carries one; it is the
 * valid time of the record. When it was recorded, and by whom, travels in event metadata instead.
 * A body or a decider goes in only where the source names it: otherwise it is left out, and the
 * record says the source does not name it.
 *
 * @param decidedOn        the date the decision took effect, with the precision the source gives
 * @param body             the deciding body, e.g. "Strategic Alliance Summit"; null where the source names none
 * @param decidedBy        people or offices as the source prints them; empty where the source names none
 * @param rationale        why, in the source's words or a summary of them
 * @param source           the citation
 * @param dateInferredFrom null where the source states the date; otherwise what the date is inferred from,
 *                         e.g. "dated by the report that states it"
 * @param nature           a decision, a fact a document reports, or something planned; null is read as a decision
 */
public record DecisionContext(PartialDate decidedOn, String body, List<String> decidedBy, @LongText String rationale,
                              SourceRef source, @LongText String dateInferredFrom, Nature nature) {

    /** What the pages, files and summaries say where the source names no body, decider or owner. */
    public static final String NOT_NAMED = "not named in the source";

    /**
     * Plain data: a stored decision loads as it was written, whatever today's rules say (the command
     * path holds a decision to them). Only what may be left out is given its default: no deciders, a decision.
     */
    public DecisionContext {
        decidedBy = decidedBy == null ? List.of() : decidedBy;
        nature = nature == null ? Nature.DECISION : nature;
    }

    /** A decision whose date the source states. */
    public DecisionContext(PartialDate decidedOn, String body, List<String> decidedBy, String rationale, SourceRef source) {
        this(decidedOn, body, decidedBy, rationale, source, null, Nature.DECISION);
    }

    public boolean dateInferred() {
        return dateInferredFrom != null;
    }

    /** A decision cannot be recorded before it is taken: the earliest date it could mean must not be after today. */
    public void requireNotAfter(LocalDate today) {
        if (decidedOn.isAfter(today)) {
            throw new RuleViolation("decision.decidedOn", "A decision dated " + decidedOn + " is in the future");
        }
    }
}
