package org.allianceledger.savings;

import java.util.Optional;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Money;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** What the record says about a function's savings, costs and forecasts. */
public sealed interface SavingsLedgerEvent extends RecordedDecision {

    @Override
    default Subject subject() {
        return new Subject("savings-ledger", ledgerId());
    }

    String ledgerId();

    @Revision("1")
    @JsonTypeName("SavingsLedgerOpened")
    record SavingsLedgerOpened(String ledgerId, String functionId, String name, DecisionContext decision)
            implements SavingsLedgerEvent {
        @Override
        public String summary() {
            return "Savings ledger " + ledgerId + " opened for " + functionId;
        }

        @Override
        public Optional<String> concernedFunction() {
            return Optional.of(functionId);
        }
    }

    @Revision("1")
    @JsonTypeName("BudgetReductionRecorded")
    record BudgetReductionRecorded(String ledgerId, String entryId, Force force, FiscalYear fiscalYear, Money amount,
                                   boolean recurrent, String businessCaseId, DecisionContext decision)
            implements SavingsLedgerEvent {
        @Override
        public String summary() {
            return "" + amount + " removed from " + force + "'s budget in " + fiscalYear + (recurrent ? " (recurrent)" : " (one-off)");
        }
    }

    @Revision("1")
    @JsonTypeName("ChangeTeamCostRecorded")
    record ChangeTeamCostRecorded(String ledgerId, String entryId, Force force, FiscalYear fiscalYear, Money amount,
                                  DecisionContext decision) implements SavingsLedgerEvent {
        @Override
        public String summary() {
            return "Change team cost " + amount + " for " + force + " in " + fiscalYear;
        }
    }

    @Revision("1")
    @JsonTypeName("ForecastTakenFromBusinessCase")
    record ForecastTakenFromBusinessCase(String ledgerId, String entryId, String businessCaseId, Force force,
                                         FiscalYear fiscalYear, Money amount, DecisionContext decision)
            implements SavingsLedgerEvent {
        @Override
        public String summary() {
            return "Forecast " + amount + " for " + force + (fiscalYear == null ? " over the case" : " in " + fiscalYear) + " taken from " + businessCaseId;
        }
    }

    @Revision("1")
    @JsonTypeName("StatedFigureRecorded")
    record StatedFigureRecorded(String ledgerId, String entryId, SavingsEntryKind kind, Force force,
                                FiscalYear fiscalYear, Money amount, boolean projected, DecisionContext decision)
            implements SavingsLedgerEvent {
        @Override
        public String summary() {
            return (projected ? "Projected " : "Stated ") + kind.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + amount + " for " + force + (fiscalYear == null ? " over the years shown" : " in " + fiscalYear);
        }
    }

    /** Takes the place of {@code correctsEntryId}, which stays in the record; {@code kind} is the corrected entry's. */
    @Revision("1")
    @JsonTypeName("SavingsEntryCorrected")
    record SavingsEntryCorrected(String ledgerId, String entryId, String correctsEntryId, SavingsEntryKind kind,
                                 Force force, FiscalYear fiscalYear, Money amount, String reason,
                                 DecisionContext decision) implements SavingsLedgerEvent {
        @Override
        public String summary() {
            return "Entry " + correctsEntryId + " corrected to " + amount + ": " + reason;
        }
    }
}
