package org.allianceledger.alliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who decided, when, where and on what evidence. Every decision command carries one; it is the
 * valid time of the record. When it was recorded, and by whom, travels in event metadata instead.
 *
 * @param decidedOn the date the decision took effect, with the precision the source gives
 * @param body      the deciding body, e.g. "Strategic Alliance Summit"
 * @param decidedBy people or offices as the source prints them, e.g. "Chief Constable Jon Boutcher"
 * @param rationale why, in the source's words or a summary of them
 * @param source    the citation
 */
public record DecisionContext(PartialDate decidedOn, String body, List<String> decidedBy, String rationale,
                              SourceRef source) {

    public DecisionContext {
        Objects.requireNonNull(decidedOn, "decision.decidedOn is required");
        body = Text.require(body, "decision.body");
        decidedBy = decidedBy == null ? List.of() : decidedBy.stream().map(s -> Text.require(s, "decision.decidedBy")).toList();
        rationale = Text.optional(rationale);
        Objects.requireNonNull(source, "decision.source is required");
    }

    /** A decision cannot be recorded before it is taken: the earliest date it could mean must not be after today. */
    public void requireNotAfter(LocalDate today) {
        if (decidedOn.isAfter(today)) {
            throw new RuleViolation("decision.decidedOn", "A decision dated " + decidedOn + " is in the future");
        }
    }
}
