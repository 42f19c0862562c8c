package org.allianceledger.disagreement;

import java.util.List;

import org.allianceledger.alliance.PartialDate;

/**
 * A disagreement between sources as the register shows it: each statement with its citation and
 * the source's words, and how the record treats it.
 *
 * @param resolution       how the record treats it; null where the recorder said nothing
 * @param recordedOn       the date the record gives it, normally the later document's
 * @param dateInferredFrom what that date is inferred from; null where a source states it
 */
public record DisagreementRow(String disagreementId, String topic, List<Statement> statements, String resolution,
                              PartialDate recordedOn, String dateInferredFrom) {
}
