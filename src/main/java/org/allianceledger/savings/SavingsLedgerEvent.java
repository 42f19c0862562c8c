package org.allianceledger.savings;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Money;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** What the record says about a function's savings, costs and forecasts. */
public sealed interface SavingsLedgerEvent {

    String ledgerId();

    DecisionContext decision();

    @Revision("1")
    @JsonTypeName("SavingsLedgerOpened")
    record SavingsLedgerOpened(String ledgerId, String functionId, DecisionContext decision) implements SavingsLedgerEvent {
    }

    @Revision("1")
    @JsonTypeName("BudgetReductionRecorded")
    record BudgetReductionRecorded(String ledgerId, String entryId, Force force, FiscalYear fiscalYear, Money amount,
                                   boolean recurrent, String businessCaseId, DecisionContext decision)
            implements SavingsLedgerEvent {
    }

    @Revision("1")
    @JsonTypeName("ChangeTeamCostRecorded")
    record ChangeTeamCostRecorded(String ledgerId, String entryId, Force force, FiscalYear fiscalYear, Money amount,
                                  DecisionContext decision) implements SavingsLedgerEvent {
    }

    @Revision("1")
    @JsonTypeName("ForecastTakenFromBusinessCase")
    record ForecastTakenFromBusinessCase(String ledgerId, String entryId, String businessCaseId, Force force,
                                         FiscalYear fiscalYear, Money amount, DecisionContext decision)
            implements SavingsLedgerEvent {
    }

    @Revision("1")
    @JsonTypeName("StatedFigureRecorded")
    record StatedFigureRecorded(String ledgerId, String entryId, SavingsEntryKind kind, Force force,
                                FiscalYear fiscalYear, Money amount, boolean projected, DecisionContext decision)
            implements SavingsLedgerEvent {
    }

    /** Takes the place of {@code correctsEntryId}, which stays in the record; {@code kind} is the corrected entry's. */
    @Revision("1")
    @JsonTypeName("SavingsEntryCorrected")
    record SavingsEntryCorrected(String ledgerId, String entryId, String correctsEntryId, SavingsEntryKind kind,
                                 Force force, FiscalYear fiscalYear, Money amount, String reason,
                                 DecisionContext decision) implements SavingsLedgerEvent {
    }
}
