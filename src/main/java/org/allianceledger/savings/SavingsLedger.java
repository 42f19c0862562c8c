package org.allianceledger.savings;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.businesscase.ApprovedBusinessCases;
import org.allianceledger.businesscase.ApprovedBusinessCases.ApprovedCase;
import org.allianceledger.savings.SavingsLedgerCommand.CorrectSavingsEntry;
import org.allianceledger.savings.SavingsLedgerCommand.OpenSavingsLedger;
import org.allianceledger.savings.SavingsLedgerCommand.RecordBudgetReduction;
import org.allianceledger.savings.SavingsLedgerCommand.RecordChangeTeamCost;
import org.allianceledger.savings.SavingsLedgerCommand.RecordStatedFigure;
import org.allianceledger.savings.SavingsLedgerCommand.TakeForecastFromBusinessCase;
import org.allianceledger.savings.SavingsLedgerEvent.BudgetReductionRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ChangeTeamCostRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ForecastTakenFromBusinessCase;
import org.allianceledger.savings.SavingsLedgerEvent.SavingsEntryCorrected;
import org.allianceledger.savings.SavingsLedgerEvent.SavingsLedgerOpened;
import org.allianceledger.savings.SavingsLedgerEvent.StatedFigureRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The savings ledger of one function. Its rules: entry ids are unique; figures tied to a business
 * case need that case approved for this function; a correction replaces the latest version of an
 * entry of the same kind, and must change something.
 */
@Aggregate
class SavingsLedger {

    private record Figure(SavingsEntryKind kind, Force force, FiscalYear fiscalYear, Money amount) {
    }

    @AggregateIdentifier
    private String ledgerId;
    private String functionId;
    private final Map<String, Figure> entries = new HashMap<>();
    private final Set<String> corrected = new HashSet<>();

    SavingsLedger() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    SavingsLedger(OpenSavingsLedger command) {
        apply(new SavingsLedgerOpened(command.ledgerId(), command.functionId(), command.name(), command.decision()));
    }

    @CommandHandler
    void handle(RecordBudgetReduction command, ApprovedBusinessCases cases) {
        requireNewEntry(command.entryId());
        if (command.businessCaseId() != null) {
            requireApprovedForThisFunction(command.businessCaseId(), cases);
        }
        apply(new BudgetReductionRecorded(ledgerId, command.entryId(), command.force(), command.fiscalYear(),
                command.amount(), command.recurrent(), command.businessCaseId(), command.decision()));
    }

    @CommandHandler
    void handle(RecordChangeTeamCost command) {
        requireNewEntry(command.entryId());
        apply(new ChangeTeamCostRecorded(ledgerId, command.entryId(), command.force(), command.fiscalYear(),
                command.amount(), command.decision()));
    }

    @CommandHandler
    void handle(RecordStatedFigure command) {
        requireNewEntry(command.entryId());
        apply(new StatedFigureRecorded(ledgerId, command.entryId(), command.kind(), command.force(),
                command.fiscalYear(), command.amount(), command.projected(), command.decision()));
    }

    @CommandHandler
    void handle(TakeForecastFromBusinessCase command, ApprovedBusinessCases cases) {
        requireNewEntry(command.entryId());
        ApprovedCase approved = requireApprovedForThisFunction(command.businessCaseId(), cases);
        if (!approved.standing()) {
            throw new RuleViolation("businessCaseId", "Business case " + approved.caseId()
                    + " was superseded or withdrawn: its forecast no longer stands");
        }
        apply(new ForecastTakenFromBusinessCase(ledgerId, command.entryId(), command.businessCaseId(), approved.version(), command.force(),
                command.fiscalYear(), command.amount(), command.decision()));
    }

    @CommandHandler
    void handle(CorrectSavingsEntry command) {
        requireNewEntry(command.entryId());
        Figure original = entries.get(command.correctsEntryId());
        if (original == null) {
            throw new RuleViolation("correctsEntryId", "There is no entry " + command.correctsEntryId() + " to correct");
        }
        if (corrected.contains(command.correctsEntryId())) {
            throw new RuleViolation("correctsEntryId", "Entry " + command.correctsEntryId()
                    + " was already corrected: correct its latest correction instead");
        }
        if (original.kind().needsFiscalYear() && command.fiscalYear() == null) {
            throw new RuleViolation("fiscalYear", "A " + original.kind() + " is recorded for a fiscal year");
        }
        Figure correction = new Figure(original.kind(), command.force(), command.fiscalYear(), command.amount());
        if (correction.equals(original)) {
            throw new RuleViolation("amount", "The correction of " + command.correctsEntryId() + " changes nothing");
        }
        apply(new SavingsEntryCorrected(ledgerId, command.entryId(), command.correctsEntryId(), original.kind(),
                command.force(), command.fiscalYear(), command.amount(), command.reason(), command.decision()));
    }

    private void requireNewEntry(String entryId) {
        if (entries.containsKey(entryId)) {
            throw new RuleViolation("entryId", "Ledger " + ledgerId + " already has an entry " + entryId);
        }
    }

    private ApprovedCase requireApprovedForThisFunction(String caseId, ApprovedBusinessCases cases) {
        ApprovedCase approved = cases.find(caseId).orElseThrow(() -> new RuleViolation("businessCaseId",
                "Business case " + caseId + " was never approved"));
        if (!Objects.equals(approved.functionId(), functionId)) {
            throw new RuleViolation("businessCaseId", "Business case " + caseId + " is for " + approved.functionId()
                    + ", not " + functionId);
        }
        return approved;
    }

    @EventSourcingHandler
    void on(SavingsLedgerOpened event) {
        ledgerId = event.ledgerId();
        functionId = event.functionId();
    }

    @EventSourcingHandler
    void on(BudgetReductionRecorded event) {
        entries.put(event.entryId(), new Figure(SavingsEntryKind.BUDGET_REDUCTION, event.force(), event.fiscalYear(), event.amount()));
    }

    @EventSourcingHandler
    void on(ChangeTeamCostRecorded event) {
        entries.put(event.entryId(), new Figure(SavingsEntryKind.CHANGE_TEAM_COST, event.force(), event.fiscalYear(), event.amount()));
    }

    @EventSourcingHandler
    void on(StatedFigureRecorded event) {
        entries.put(event.entryId(), new Figure(event.kind(), event.force(), event.fiscalYear(), event.amount()));
    }

    @EventSourcingHandler
    void on(ForecastTakenFromBusinessCase event) {
        entries.put(event.entryId(), new Figure(SavingsEntryKind.FORECAST, event.force(), event.fiscalYear(), event.amount()));
    }

    @EventSourcingHandler
    void on(SavingsEntryCorrected event) {
        entries.put(event.entryId(), new Figure(event.kind(), event.force(), event.fiscalYear(), event.amount()));
        corrected.add(event.correctsEntryId());
    }
}
