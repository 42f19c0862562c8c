package org.allianceledger.savings;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.savings.SavingsTimeline.Reconciliation;
import org.allianceledger.savings.SavingsTimeline.SavingsTable;
import org.allianceledger.savings.SavingsTimeline.TableLine;

/**
 * The BCB report's §5.2 table (19 Jul 2018) rebuilt from the recorded line items, and the totals
 * documents print set beside it. Every total is computed here, never taken from a printed figure,
 * so that a printed total the line items match shows a difference of nothing.
 */
final class SavingsTabulation {

    /** The stated kinds a line of the table can be compared with. */
    private static final Set<SavingsEntryKind> RECONCILED = EnumSet.of(SavingsEntryKind.STATED_SAVING,
            SavingsEntryKind.RECURRENT_TOTAL, SavingsEntryKind.ANNUAL_CUMULATIVE, SavingsEntryKind.TOTAL_TO_DATE,
            SavingsEntryKind.CHANGE_TEAM_CUMULATIVE);

    private SavingsTabulation() {
    }

    /** {@code force}'s recurrent budget reductions per function and year, the source's total lines, and its change-team costs. */
    static SavingsTable table(List<SavingsEntry> entries, Force force, Function<SavingsEntry, String> functionOf) {
        // The table shows recurrent reductions only: "they have been removed from budget" (§5.2 notes).
        List<SavingsEntry> reductions = entries.stream().filter(entry -> entry.force() == force
                && entry.kind() == SavingsEntryKind.BUDGET_REDUCTION && Boolean.TRUE.equals(entry.recurrent())).toList();
        List<SavingsEntry> costs = entries.stream()
                .filter(entry -> entry.force() == force && entry.kind() == SavingsEntryKind.CHANGE_TEAM_COST).toList();
        List<FiscalYear> years = yearsSpanned(Stream.concat(reductions.stream(), costs.stream()).map(SavingsEntry::fiscalYear).toList());
        if (years.isEmpty()) {
            return new SavingsTable(force, years, List.of());
        }
        Map<String, Map<FiscalYear, Long>> byFunction = new TreeMap<>(nullsFirst(naturalOrder()));
        reductions.forEach(entry -> byFunction.computeIfAbsent(functionOf.apply(entry), function -> new TreeMap<>())
                .merge(entry.fiscalYear(), entry.amount().pence(), Math::addExact));
        List<TableLine> lines = new ArrayList<>();
        byFunction.forEach((function, byYear) -> lines.add(new TableLine(function, SavingsEntryKind.BUDGET_REDUCTION,
                cells(years, byYear), total(byYear.values()))));

        Map<FiscalYear, Long> recurrentByYear = byYear(reductions);
        List<Long> recurrent = years.stream().map(year -> recurrentByYear.getOrDefault(year, 0L)).toList();
        List<Long> annualCumulative = runningTotal(recurrent);
        lines.add(new TableLine("Total recurrent in each year", SavingsEntryKind.RECURRENT_TOTAL, recurrent, total(recurrent)));
        lines.add(new TableLine("Total annual cumulative", SavingsEntryKind.ANNUAL_CUMULATIVE, annualCumulative, null));
        // A recurrent reduction saves again every later year: the total to date adds up each year's cumulative.
        lines.add(new TableLine("Total savings from " + years.get(0), SavingsEntryKind.TOTAL_TO_DATE,
                runningTotal(annualCumulative), null));

        Map<FiscalYear, Long> costByYear = byYear(costs);
        lines.add(new TableLine("BCH Change Team costs", SavingsEntryKind.CHANGE_TEAM_COST, cells(years, costByYear), null));
        lines.add(new TableLine("Total Cumulative Change Team costs", SavingsEntryKind.CHANGE_TEAM_CUMULATIVE,
                runningTotal(years.stream().map(year -> costByYear.getOrDefault(year, 0L)).toList()), null));
        return new SavingsTable(force, years, lines);
    }

    /** Each total stated for the table's force beside the same total computed from the table's line items. */
    static List<Reconciliation> reconciliation(List<SavingsEntry> entries, SavingsTable table,
                                               Function<SavingsEntry, String> functionOf) {
        return entries.stream()
                .filter(entry -> entry.force() == table.force() && RECONCILED.contains(entry.kind()))
                .map(stated -> {
                    String function = functionOf.apply(stated);
                    Long computed = computed(table, stated, function);
                    long statedPence = stated.amount().pence();
                    return new Reconciliation(stated.kind(), function, stated.force(), stated.fiscalYear(),
                            Boolean.TRUE.equals(stated.projected()), stated.source() == null ? null : stated.source().toString(),
                            statedPence, computed, computed == null ? null : Math.subtractExact(computed, statedPence));
                })
                .sorted(comparing(Reconciliation::kind).thenComparing(Reconciliation::function, nullsFirst(naturalOrder()))
                        .thenComparing(Reconciliation::fiscalYear, nullsFirst(naturalOrder())))
                .toList();
    }

    /**
     * The table's figure for what {@code stated} states: a function's total (or the grand total) where no year is given,
     * otherwise the year's cell of the matching total line. A saving a report states for a year is
     * compared with that year's recurrent reductions (the Collaboration Update of 14 Dec 2017, §7.1,
     * against the BCB report of 19 Jul 2018, §5.2).
     */
    private static Long computed(SavingsTable table, SavingsEntry stated, String function) {
        if (stated.fiscalYear() == null) {
            // a function's own total, else (stated for the collaboration as a whole) the total of every year's total
            return table.lines().stream()
                    .filter(line -> line.kind() == SavingsEntryKind.BUDGET_REDUCTION && Objects.equals(line.label(), function))
                    .findFirst()
                    .or(() -> table.lines().stream().filter(line -> line.kind() == stated.kind()).findFirst())
                    .map(TableLine::totalPence).orElse(null);
        }
        int column = table.fiscalYears().indexOf(stated.fiscalYear());
        SavingsEntryKind lineKind = stated.kind() == SavingsEntryKind.STATED_SAVING ? SavingsEntryKind.RECURRENT_TOTAL : stated.kind();
        return column < 0 ? null : table.lines().stream().filter(line -> line.kind() == lineKind)
                .findFirst().map(line -> line.pence().get(column)).orElse(null);
    }

    /** Every fiscal year from the first given to the last, none skipped: a year with nothing recorded is still a column. */
    private static List<FiscalYear> yearsSpanned(List<FiscalYear> years) {
        List<FiscalYear> spanned = new ArrayList<>();
        years.stream().min(naturalOrder()).ifPresent(first -> {
            FiscalYear last = years.stream().max(naturalOrder()).orElseThrow();
            for (FiscalYear year = first; year.compareTo(last) <= 0; year = year.next()) {
                spanned.add(year);
            }
        });
        return spanned;
    }

    private static Map<FiscalYear, Long> byYear(List<SavingsEntry> entries) {
        Map<FiscalYear, Long> byYear = new TreeMap<>();
        entries.forEach(entry -> byYear.merge(entry.fiscalYear(), entry.amount().pence(), Math::addExact));
        return byYear;
    }

    /** A cell per year, null (blank, as the source prints it) where nothing was recorded. */
    private static List<Long> cells(List<FiscalYear> years, Map<FiscalYear, Long> byYear) {
        return years.stream().map(byYear::get).toList();
    }

    private static long total(Iterable<Long> values) {
        long total = 0;
        for (Long value : values) {
            total = Math.addExact(total, value);
        }
        return total;
    }

    private static List<Long> runningTotal(List<Long> values) {
        List<Long> running = new ArrayList<>();
        long total = 0;
        for (Long value : values) {
            total = Math.addExact(total, value);
            running.add(total);
        }
        return running;
    }
}
