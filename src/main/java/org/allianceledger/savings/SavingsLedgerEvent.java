package org.allianceledger.savings;

import java.util.Optional;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.PublicName;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.Names;
import org.allianceledger.alliance.Plain;
import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** What the record says about a function's savings, costs and forecasts. */
public sealed interface SavingsLedgerEvent extends RecordedDecision {

    @Override
    default Subject subject() {
        return new Subject("savings-ledger", ledgerId());
    }

    String ledgerId();

    /** The savings of the ledger's function, by the function's name: "Savings of ICT". */
    default String savings(Names names) {
        return "Savings of " + names.of(subject());
    }

    @Revision("1")
    @JsonTypeName("SavingsLedgerOpened")
    @PublicName("savings-ledger-opened")
    record SavingsLedgerOpened(String ledgerId, String functionId, String name, DecisionContext decision)
            implements SavingsLedgerEvent {
        @Override
        public String summary(Names names) {
            return "Savings ledger opened: " + nameGiven(names).orElseThrow();
        }

        /** A ledger is known by the name its source tabulates it under, else by its function's name. */
        @Override
        public Optional<String> nameGiven(Names names) {
            return Optional.of(name != null ? name : names.of(Subject.FUNCTION, functionId));
        }

        @Override
        public Optional<String> concernedFunction() {
            return Optional.of(functionId);
        }
    }

    @Revision("1")
    @JsonTypeName("BudgetReductionRecorded")
    @PublicName("budget-reduction-recorded")
    record BudgetReductionRecorded(String ledgerId, String entryId, Force force, FiscalYear fiscalYear, Money amount,
                                   boolean recurrent, String businessCaseId, DecisionContext decision)
            implements SavingsLedgerEvent {
        @Override
        public String summary(Names names) {
            return savings(names) + ": " + amount + " removed" + Plain.part(" from ", force, "'s budget") + Plain.part(" in ", fiscalYear, "")
                    + (recurrent ? " (recurrent)" : " (one-off)");
        }
    }

    @Revision("1")
    @JsonTypeName("ChangeTeamCostRecorded")
    @PublicName("change-team-cost-recorded")
    record ChangeTeamCostRecorded(String ledgerId, String entryId, Force force, FiscalYear fiscalYear, Money amount,
                                  DecisionContext decision) implements SavingsLedgerEvent {
        @Override
        public String summary(Names names) {
            return savings(names) + ": change team cost of " + amount + Plain.part(" for ", force, "") + Plain.part(" in ", fiscalYear, "");
        }
    }

    /**
     * @param caseVersion the case's version the forecast was taken from (revision 2; null in events
     *                    recorded before it, whose version the record did not keep with them)
     */
    @Revision("2")
    @JsonTypeName("ForecastTakenFromBusinessCase")
    @PublicName("forecast-taken-from-business-case")
    record ForecastTakenFromBusinessCase(String ledgerId, String entryId, String businessCaseId, Integer caseVersion, Force force,
                                         FiscalYear fiscalYear, Money amount, DecisionContext decision)
            implements SavingsLedgerEvent {
        @Override
        public String summary(Names names) {
            return savings(names) + ": forecast of " + amount + Plain.part(" for ", force, "")
                    + (fiscalYear == null ? " over the case" : " in " + fiscalYear)
                    + Plain.part(" taken from '", names.of(Subject.BUSINESS_CASE, businessCaseId), "'");
        }
    }

    @Revision("1")
    @JsonTypeName("StatedFigureRecorded")
    @PublicName("stated-figure-recorded")
    record StatedFigureRecorded(String ledgerId, String entryId, SavingsEntryKind kind, Force force,
                                FiscalYear fiscalYear, Money amount, boolean projected, DecisionContext decision)
            implements SavingsLedgerEvent {
        @Override
        public String summary(Names names) {
            // an expectation for the three forces together names no force, a function's printed total no year
            return savings(names) + ": " + (projected ? "projected " : "stated ") + Plain.words(kind) + " of " + amount
                    + Plain.part(" for ", force, "") + Plain.part(" in ", fiscalYear, "");
        }
    }

    /** Takes the place of {@code correctsEntryId}, which stays in the record; {@code kind} is the corrected entry's. */
    @Revision("1")
    @JsonTypeName("SavingsEntryCorrected")
    @PublicName("savings-entry-corrected")
    record SavingsEntryCorrected(String ledgerId, String entryId, String correctsEntryId, SavingsEntryKind kind,
                                 Force force, FiscalYear fiscalYear, Money amount, String reason,
                                 DecisionContext decision) implements SavingsLedgerEvent {
        @Override
        public String summary(Names names) {
            return savings(names) + ": " + Plain.words(kind) + Plain.part(" for ", force, "") + Plain.part(" in ", fiscalYear, "")
                    + " corrected to " + amount + Plain.part(": ", reason, "");
        }
    }
}
