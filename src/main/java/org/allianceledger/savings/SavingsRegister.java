package org.allianceledger.savings;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.readmodel.Fact;
import org.allianceledger.readmodel.KeyedView;
import org.allianceledger.readmodel.KeyedViews;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.Projection;
import org.allianceledger.readmodel.StateInput;
import org.allianceledger.readmodel.StateOutput;
import org.allianceledger.savings.SavingsLedgerEvent.BudgetReductionRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ChangeTeamCostRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ForecastTakenFromBusinessCase;
import org.allianceledger.savings.SavingsLedgerEvent.SavingsEntryCorrected;
import org.allianceledger.savings.SavingsLedgerEvent.SavingsLedgerOpened;
import org.allianceledger.savings.SavingsLedgerEvent.StatedFigureRecorded;
import org.allianceledger.savings.SavingsTimeline.SavingsTable;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

/**
 * The savings timelines. Each entry is a row keyed by ledger and entry; a correction is a change to
 * the row of the entry it corrects (however many corrections came before), so a date before the
 * correction, or an instant before it was recorded, still shows the figure it replaced.
 */
@Projection
public class SavingsRegister implements KeyedViews {

    private final KeyedView<SavingsLedgerEvent, Ledger> ledgers = new KeyedView<>(SavingsLedgerEvent.class, SavingsRegister::evolve);
    private final KeyedView<SavingsLedgerEvent, SavingsEntry> entries = new KeyedView<>(SavingsLedgerEvent.class, SavingsRegister::evolve);
    /** Each entry's key to the key of the row it stands in: its own, or for a correction the first entry it corrects, however many came between. */
    private final Map<String, String> rows = new ConcurrentHashMap<>();

    /** What a ledger's opening says: the function it is for, and its name. */
    record Ledger(String functionId, String name) {
    }

    @EventHandler
    void on(SavingsLedgerEvent event, EventMessage<?> message) {
        Fact<SavingsLedgerEvent> fact = Fact.of(event, message);
        switch (event) {
            case SavingsLedgerOpened opened -> ledgers.add(opened.ledgerId(), fact);
            case SavingsEntryCorrected correction -> {
                String corrected = entryKey(correction.ledgerId(), correction.correctsEntryId());
                String row = rows.getOrDefault(corrected, corrected);
                rows.put(entryKey(correction.ledgerId(), correction.entryId()), row);
                entries.add(row, fact);
            }
            case BudgetReductionRecorded entry -> entries.add(entryKey(entry.ledgerId(), entry.entryId()), fact);
            case ChangeTeamCostRecorded entry -> entries.add(entryKey(entry.ledgerId(), entry.entryId()), fact);
            case ForecastTakenFromBusinessCase entry -> entries.add(entryKey(entry.ledgerId(), entry.entryId()), fact);
            case StatedFigureRecorded entry -> entries.add(entryKey(entry.ledgerId(), entry.entryId()), fact);
        }
    }

    @ResetHandler
    void reset() {
        ledgers.clear();
        entries.clear();
        rows.clear();
    }

    @Override
    public List<KeyedView<?, ?>> keyedViews() {
        return List.of(ledgers, entries);
    }

    @Override
    public void writeState(StateOutput out) throws IOException {
        KeyedViews.super.writeState(out);
        out.count(rows.size());
        for (Map.Entry<String, String> row : new TreeMap<>(rows).entrySet()) {
            out.text(row.getKey());
            out.text(row.getValue());
        }
    }

    @Override
    public void readState(StateInput in) throws IOException {
        KeyedViews.super.readState(in);
        rows.clear();
        for (int row = 0, count = in.count(); row < count; row++) {
            rows.put(in.text(), in.text());
        }
    }

    /**
     * The savings at {@code at}, for one force and one function when they are given. The §5.2 table
     * and its reconciliation cover every function of one force: the force asked for, else
     * Cambridgeshire, the only force the documents tabulate.
     */
    public SavingsTimeline timeline(PointInTime at, Force force, String function) {
        Map<String, String> functionOfLedger = new LinkedHashMap<>();
        Map<String, String> nameOfLedger = new LinkedHashMap<>();
        ledgers.keyedRows(at).forEach((ledger, opened) -> {
            functionOfLedger.put(ledger, opened.functionId());
            // the table's lines are named as the source names them, else by function
            nameOfLedger.put(ledger, opened.name() != null ? opened.name() : opened.functionId());
        });
        Predicate<SavingsEntry> wanted = entry -> (force == null || entry.force() == force)
                && (function == null || function.isBlank() || function.trim().equals(functionOfLedger.get(entry.ledgerId())));
        List<SavingsEntry> inForce = entries(at);
        List<SavingsEntry> entries = inForce.stream().filter(wanted).toList();
        Function<SavingsEntry, String> functionOf = entry -> functionOfLedger.get(entry.ledgerId());
        Predicate<SavingsEntry> standing = SavingsFigures.standingForecasts(inForce);
        Function<SavingsEntry, String> nameOf = entry -> nameOfLedger.get(entry.ledgerId());
        SavingsTable table = SavingsTabulation.table(inForce, force == null ? Force.CAM : force, nameOf);
        return new SavingsTimeline(SavingsFigures.rows(entries, functionOf, standing),
                SavingsFigures.totals(entries, functionOf, standing), SavingsFigures.changeTeamCosts(entries),
                SavingsFigures.statedFigures(entries, functionOf), table,
                SavingsTabulation.reconciliation(inForce, table, nameOf));
    }

    /** Every entry at {@code at}, each as it stands after any corrections. */
    List<SavingsEntry> entries(PointInTime at) {
        return entries.rows(at);
    }

    /** A ledger after its opening (the only event filed under it). */
    static Ledger evolve(Ledger ledger, Fact<SavingsLedgerEvent> fact) {
        return switch (fact.event()) {
            case SavingsLedgerOpened opened -> new Ledger(opened.functionId(), opened.name());
            case BudgetReductionRecorded entry -> ledger;
            case ChangeTeamCostRecorded entry -> ledger;
            case ForecastTakenFromBusinessCase entry -> ledger;
            case StatedFigureRecorded entry -> ledger;
            case SavingsEntryCorrected correction -> ledger;
        };
    }

    /** An entry after one more event filed under it: its recording, then any corrections. */
    static SavingsEntry evolve(SavingsEntry entry, Fact<SavingsLedgerEvent> fact) {
        SourceRef source = fact.event().decision().source();
        return switch (fact.event()) {
            case BudgetReductionRecorded budget -> new SavingsEntry(budget.ledgerId(), budget.entryId(), SavingsEntryKind.BUDGET_REDUCTION,
                    budget.force(), budget.fiscalYear(), budget.amount(), budget.recurrent(), null, budget.businessCaseId(), null,
                    null, null, source);
            case ChangeTeamCostRecorded cost -> new SavingsEntry(cost.ledgerId(), cost.entryId(), SavingsEntryKind.CHANGE_TEAM_COST,
                    cost.force(), cost.fiscalYear(), cost.amount(), null, null, null, null, null, null, source);
            case ForecastTakenFromBusinessCase forecast -> new SavingsEntry(forecast.ledgerId(), forecast.entryId(),
                    SavingsEntryKind.FORECAST, forecast.force(), forecast.fiscalYear(), forecast.amount(), null, null,
                    forecast.businessCaseId(), forecast.caseVersion(), null, null, source);
            case StatedFigureRecorded stated -> new SavingsEntry(stated.ledgerId(), stated.entryId(), stated.kind(), stated.force(),
                    stated.fiscalYear(), stated.amount(), null, stated.projected(), null, null, null, null, source);
            case SavingsEntryCorrected correction -> (entry == null
                    ? new SavingsEntry(correction.ledgerId(), correction.correctsEntryId(), correction.kind(), null, null, null,
                            null, null, null, null, null, null, null)
                    : entry).corrected(correction.force(), correction.fiscalYear(), correction.amount(), correction.entryId(),
                    correction.reason(), source);
            case SavingsLedgerOpened opened -> entry;
        };
    }

    private static String entryKey(String ledgerId, String entryId) {
        return ledgerId + "/" + entryId;
    }
}
