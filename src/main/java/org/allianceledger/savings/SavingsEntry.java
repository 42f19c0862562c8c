package org.allianceledger.savings;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.SourceRef;

/**
 * One figure of a savings ledger as it stands after any corrections.
 *
 * @param caseVersion the business case's version when its forecast was taken
 * @param correctedBy the latest correction's entry id, if it was corrected
 * @param source      where the figure is printed: the latest correction's source, if it was corrected
 */
record SavingsEntry(String ledgerId, String entryId, SavingsEntryKind kind, Force force, FiscalYear fiscalYear,
                    Money amount, Boolean recurrent, Boolean projected, String businessCaseId, Integer caseVersion,
                    String correctedBy, String correctionReason, SourceRef source) {

    /** The entry with a correction's figure, in the correction's words and source. */
    SavingsEntry corrected(Force force, FiscalYear fiscalYear, Money amount, String correctedBy, String correctionReason,
                           SourceRef source) {
        return new SavingsEntry(ledgerId, entryId, kind, force, fiscalYear, amount, recurrent, projected, businessCaseId,
                caseVersion, correctedBy, correctionReason, source);
    }
}
