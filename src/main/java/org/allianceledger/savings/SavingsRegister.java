package org.allianceledger.savings;

import static com.mongodb.client.model.Filters.eq;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Money;
import org.allianceledger.readmodel.Change;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.RowFilter;
import org.allianceledger.readmodel.Projection;
import org.allianceledger.readmodel.ChangeLog;
import org.allianceledger.readmodel.ChangeLogProjection;
import org.allianceledger.savings.SavingsLedgerEvent.BudgetReductionRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ChangeTeamCostRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ForecastTakenFromBusinessCase;
import org.allianceledger.savings.SavingsLedgerEvent.SavingsEntryCorrected;
import org.allianceledger.savings.SavingsLedgerEvent.SavingsLedgerOpened;
import org.allianceledger.savings.SavingsLedgerEvent.StatedFigureRecorded;
import org.allianceledger.savings.SavingsTimeline.SavingsTable;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import com.mongodb.client.MongoDatabase;

/**
 * The savings timelines. Each entry is a row keyed by ledger and entry; a correction is a change to
 * the row of the entry it corrects (however many corrections came before), so a date before the
 * correction, or an instant before it was recorded, still shows the figure it replaced.
 */
@Projection
public class SavingsRegister extends ChangeLogProjection {

    private static final String ROW_TYPE = "rowType";
    private static final String LEDGER = "ledger";
    private static final String ENTRY = "entry";
    private static final String ENTRY_ID = "entryId";

    SavingsRegister(MongoDatabase database) {
        super(database, "savings_timeline");
    }

    @EventHandler
    void on(SavingsLedgerOpened event, EventMessage<?> message) {
        changeLog.record(Change.of(message, event.ledgerId(), event.decision())
                .field(ROW_TYPE, LEDGER)
                .set("functionId", event.functionId())
                .set("name", event.name()));
    }

    @EventHandler
    void on(BudgetReductionRecorded event, EventMessage<?> message) {
        changeLog.record(entry(message, event, event.entryId(), SavingsEntryKind.BUDGET_REDUCTION, event.force(),
                event.fiscalYear(), event.amount())
                .set("recurrent", event.recurrent())
                .set("businessCaseId", event.businessCaseId()));
    }

    @EventHandler
    void on(ChangeTeamCostRecorded event, EventMessage<?> message) {
        changeLog.record(entry(message, event, event.entryId(), SavingsEntryKind.CHANGE_TEAM_COST, event.force(),
                event.fiscalYear(), event.amount()));
    }

    @EventHandler
    void on(StatedFigureRecorded event, EventMessage<?> message) {
        changeLog.record(entry(message, event, event.entryId(), event.kind(), event.force(), event.fiscalYear(), event.amount())
                .set("projected", event.projected()));
    }

    @EventHandler
    void on(ForecastTakenFromBusinessCase event, EventMessage<?> message) {
        changeLog.record(entry(message, event, event.entryId(), SavingsEntryKind.FORECAST, event.force(),
                event.fiscalYear(), event.amount())
                .set("businessCaseId", event.businessCaseId())
                .set("caseVersion", event.caseVersion()));
    }

    @EventHandler
    void on(SavingsEntryCorrected event, EventMessage<?> message) {
        String corrected = entryKey(event.ledgerId(), event.correctsEntryId());
        String root = changeLog.latest(eq(ENTRY_ID, corrected)).map(row -> row.getString(ChangeLog.KEY)).orElse(corrected);
        changeLog.record(Change.of(message, root, event.decision())
                .field(ROW_TYPE, ENTRY)
                .field(ENTRY_ID, entryKey(event.ledgerId(), event.entryId()))
                .set("force", event.force())
                .set("fiscalYear", event.fiscalYear())
                .set("amount", event.amount())
                .set("correctedBy", event.entryId())
                .set("correctionReason", event.reason())
                .set("source", event.decision().source()));
    }

    /**
     * The savings at {@code at}, for one force and one function when they are given. The §5.2 table
     * and its reconciliation cover every function of one force: the force asked for, else
     * Cambridgeshire, the only force the documents tabulate.
     */
    public SavingsTimeline timeline(PointInTime at, Force force, String function) {
        Map<String, String> functionOfLedger = new LinkedHashMap<>();
        Map<String, String> nameOfLedger = new LinkedHashMap<>();
        changeLog.fold(at, RowFilter.eq(ROW_TYPE, LEDGER)).forEach((ledger, state) -> {
            functionOfLedger.put(ledger, state.getString("functionId"));
            // the table's lines are named as the source names them, else by function
            nameOfLedger.put(ledger, state.getString("name") != null ? state.getString("name") : state.getString("functionId"));
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
        return changeLog.states(at, RowFilter.eq(ROW_TYPE, ENTRY), SavingsEntry.class);
    }

    private static Change entry(EventMessage<?> message, SavingsLedgerEvent event, String entryId, SavingsEntryKind kind,
                                Force force, FiscalYear fiscalYear, Money amount) {
        String key = entryKey(event.ledgerId(), entryId);
        DecisionContext decision = event.decision();
        return Change.of(message, key, decision)
                .field(ROW_TYPE, ENTRY)
                .field(ENTRY_ID, key)
                .set("ledgerId", event.ledgerId())
                .set("entryId", entryId)
                .set("kind", kind)
                .set("force", force)
                .set("fiscalYear", fiscalYear)
                .set("amount", amount)
                .set("source", decision.source());
    }

    private static String entryKey(String ledgerId, String entryId) {
        return ledgerId + "/" + entryId;
    }
}
