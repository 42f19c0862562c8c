package org.allianceledger.decisions;

import java.time.Instant;
import java.util.List;

import org.allianceledger.alliance.DatePrecision;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.alliance.Subject;

/**
 * One decision as the register shows it.
 *
 * @param id         the event's id
 * @param decidedOn  the decision's date, to the precision the source gives
 * @param recordedAt when the ledger recorded it (transaction time)
 * @param recordedBy who recorded it
 * @param kind       what kind of decision, e.g. {@code section22-agreement-signed}: its event's {@code @PublicName}
 * @param function   the collaborated function the subject belongs to, if any
 * @param note       the recorder's remark on the record, e.g. where sources disagree
 * @param dateInferredFrom null where the source states the date; else what it is inferred from
 * @param nature     a decision, a fact a document reports, or something planned
 * @param subjectName what readers call the subject: a function's name, a review's or agreement's title; its id where no event named it
 * @param functionName the name of the function the subject belongs to, if any
 */
public record DecisionRow(String id, String decidedOn, DatePrecision precision, Instant recordedAt, String recordedBy,
                          String body, List<String> decidedBy, String kind, Subject subject, String function, String summary,
                          String rationale, SourceRef source, String note, String dateInferredFrom,
                          Nature nature, String subjectName, String functionName) {

    /**
     * This row without its long text (rationale, the source's quote, the recorder's note, what the date
     * is inferred from), which the register reads back from the store for the rows a read shows;
     * {@code unquoted} is its source without the quote.
     */
    DecisionRow outline(SourceRef unquoted) {
        return new DecisionRow(id, decidedOn, precision, recordedAt, recordedBy, body, decidedBy, kind, subject, function, summary,
                null, unquoted, null, null, nature, subjectName, functionName);
    }
}
