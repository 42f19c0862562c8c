package org.allianceledger.savings;

import org.allianceledger.alliance.DecisionCommand;
import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Ids;
import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.LongText;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.Required;
import org.allianceledger.alliance.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Figures recorded in a function's savings ledger. Every entry has an id chosen by the recorder,
 * so that a later correction can say which entry it corrects.
 */
public sealed interface SavingsLedgerCommand extends DecisionCommand {

    String ledgerId();

    /** @param name what the ledger's figures are called where a source tabulates them ("CJ phase 1"), if it does */
    @PublicName("open-savings-ledger")
    record OpenSavingsLedger(@TargetAggregateIdentifier String ledgerId, String functionId, String name,
                             DecisionContext decision) implements SavingsLedgerCommand {

        public OpenSavingsLedger {
            Ids.requireSlug(ledgerId, "ledgerId");
            Ids.requireSlug(functionId, "functionId");
            name = Text.optional(name);
        }
    }

    /** An amount removed from a force's budget in a fiscal year, recurrent or one-off, optionally realising a business case. */
    @PublicName("record-budget-reduction")
    record RecordBudgetReduction(@TargetAggregateIdentifier String ledgerId, String entryId, Force force,
                                 FiscalYear fiscalYear, Money amount, boolean recurrent, String businessCaseId,
                                 DecisionContext decision) implements SavingsLedgerCommand {

        public RecordBudgetReduction {
            Ids.requireSlug(ledgerId, "ledgerId");
            Ids.requireSlug(entryId, "entryId");
            Figure.validate(force, fiscalYear, amount, true, true);
            businessCaseId = businessCaseId == null ? null : Ids.requireSlug(businessCaseId, "businessCaseId");
        }
    }

    /** What the change team cost a force in a fiscal year: recorded beside the savings, never netted against them. */
    @PublicName("record-change-team-cost")
    record RecordChangeTeamCost(@TargetAggregateIdentifier String ledgerId, String entryId, Force force,
                                FiscalYear fiscalYear, Money amount, DecisionContext decision)
            implements SavingsLedgerCommand {

        public RecordChangeTeamCost {
            Ids.requireSlug(ledgerId, "ledgerId");
            Ids.requireSlug(entryId, "entryId");
            Figure.validate(force, fiscalYear, amount, true, true);
        }
    }

    /**
     * A figure a report states for a force and fiscal year, marked as projected when the year had
     * not closed (the Collaboration Update of 14 Dec 2017, §7.1, projects to 2020/21). A printed
     * total is recorded as stated too, so that it can be set beside the total of the line items.
     */
    @PublicName("record-stated-figure")
    record RecordStatedFigure(@TargetAggregateIdentifier String ledgerId, String entryId, SavingsEntryKind kind,
                              Force force, FiscalYear fiscalYear, Money amount, boolean projected,
                              DecisionContext decision) implements SavingsLedgerCommand {

        public RecordStatedFigure {
            Ids.requireSlug(ledgerId, "ledgerId");
            Ids.requireSlug(entryId, "entryId");
            Required.value(kind, "kind");
            if (!kind.stated()) {
                throw new InvalidInput("kind", "kind is a figure a report states (STATED_SAVING, COLLABORATION_SPEND, EXPECTED_SAVING, "
                        + "RECURRENT_TOTAL, ANNUAL_CUMULATIVE, TOTAL_TO_DATE, CHANGE_TEAM_CUMULATIVE), not " + kind);
            }
            Figure.validate(force, fiscalYear, amount, kind.needsForce(), kind.needsFiscalYear());
        }
    }

    /** A force's forecast saving taken from an approved business case, for a fiscal year or as a total. */
    @PublicName("take-forecast-from-business-case")
    record TakeForecastFromBusinessCase(@TargetAggregateIdentifier String ledgerId, String entryId,
                                        String businessCaseId, Force force, FiscalYear fiscalYear, Money amount,
                                        DecisionContext decision) implements SavingsLedgerCommand {

        public TakeForecastFromBusinessCase {
            Ids.requireSlug(ledgerId, "ledgerId");
            Ids.requireSlug(entryId, "entryId");
            Ids.requireSlug(businessCaseId, "businessCaseId");
            Figure.validate(force, fiscalYear, amount, true, false);
        }
    }

    /** Corrects an earlier entry: the earlier entry stays in the record, and this one takes its place. */
    @PublicName("correct-savings-entry")
    record CorrectSavingsEntry(@TargetAggregateIdentifier String ledgerId, String entryId, String correctsEntryId,
                               Force force, FiscalYear fiscalYear, Money amount, @LongText String reason,
                               DecisionContext decision) implements SavingsLedgerCommand {

        public CorrectSavingsEntry {
            Ids.requireSlug(ledgerId, "ledgerId");
            Ids.requireSlug(entryId, "entryId");
            Ids.requireSlug(correctsEntryId, "correctsEntryId");
            Figure.validate(force, fiscalYear, amount, true, false);
            reason = Text.require(reason, "reason");
        }
    }

    /** The checks every figure shares: a force, a non-negative amount, and a fiscal year where one is required. */
    final class Figure {

        private Figure() {
        }

        static void validate(Force force, FiscalYear fiscalYear, Money amount, boolean forceRequired,
                             boolean fiscalYearRequired) {
            if (forceRequired) {
                Required.value(force, "force");
            }
            Required.value(amount, "amount");
            if (fiscalYearRequired) {
                Required.value(fiscalYear, "fiscalYear");
            }
            if (amount.isNegative()) {
                throw new InvalidInput("amount", "amount cannot be negative: record a cost of £795k as 79500000 pence, not -79500000");
            }
        }
    }
}
