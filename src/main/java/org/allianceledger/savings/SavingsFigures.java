package org.allianceledger.savings;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.savings.SavingsTimeline.CaseForecast;
import org.allianceledger.savings.SavingsTimeline.ChangeTeamCost;
import org.allianceledger.savings.SavingsTimeline.Row;
import org.allianceledger.savings.SavingsTimeline.StatedFigure;
import org.allianceledger.savings.SavingsTimeline.Total;

/** The arithmetic of a savings timeline: sums, running totals and variances over entries as they stand. */
final class SavingsFigures {

    private record FunctionForce(String function, Force force) implements Comparable<FunctionForce> {
        private static final Comparator<FunctionForce> ORDER = comparing(FunctionForce::function, nullsFirst(naturalOrder()))
                .thenComparing(FunctionForce::force);

        @Override
        public int compareTo(FunctionForce other) {
            return ORDER.compare(this, other);
        }
    }

    private SavingsFigures() {
    }

    static List<Row> rows(List<SavingsEntry> entries, Function<SavingsEntry, String> functionOf) {
        Map<FunctionForce, Map<FiscalYear, long[]>> byYear = new TreeMap<>();
        for (SavingsEntry entry : entries) {
            boolean actual = entry.kind() == SavingsEntryKind.BUDGET_REDUCTION;
            if ((actual || entry.kind() == SavingsEntryKind.FORECAST) && entry.fiscalYear() != null) {
                long[] forecastAndActual = byYear.computeIfAbsent(new FunctionForce(functionOf.apply(entry), entry.force()), k -> new TreeMap<>())
                        .computeIfAbsent(entry.fiscalYear(), year -> new long[2]);
                forecastAndActual[actual ? 1 : 0] += entry.amount().pence();
            }
        }
        List<Row> rows = new ArrayList<>();
        byYear.forEach((functionForce, years) -> {
            long cumulativeForecast = 0;
            long cumulativeActual = 0;
            for (Map.Entry<FiscalYear, long[]> year : years.entrySet()) {
                long forecast = year.getValue()[0];
                long actual = year.getValue()[1];
                cumulativeForecast += forecast;
                cumulativeActual += actual;
                rows.add(new Row(functionForce.function(), functionForce.force(), year.getKey(), forecast, actual,
                        cumulativeForecast, cumulativeActual, actual - forecast));
            }
        });
        return rows;
    }

    static List<Total> totals(List<SavingsEntry> entries, Function<SavingsEntry, String> functionOf) {
        Map<FunctionForce, List<SavingsEntry>> byFunctionForce = new TreeMap<>();
        entries.stream()
                .filter(entry -> entry.kind() == SavingsEntryKind.BUDGET_REDUCTION || entry.kind() == SavingsEntryKind.FORECAST)
                .forEach(entry -> byFunctionForce.computeIfAbsent(new FunctionForce(functionOf.apply(entry), entry.force()),
                        k -> new ArrayList<>()).add(entry));
        List<Total> totals = new ArrayList<>();
        byFunctionForce.forEach((functionForce, its) -> {
            long forecast = sum(its, SavingsEntryKind.FORECAST);
            long actual = sum(its, SavingsEntryKind.BUDGET_REDUCTION);
            List<CaseForecast> forecasts = its.stream().filter(entry -> entry.kind() == SavingsEntryKind.FORECAST)
                    .map(entry -> new CaseForecast(entry.businessCaseId(), entry.caseVersion(), entry.fiscalYear(), entry.amount().pence()))
                    .toList();
            totals.add(new Total(functionForce.function(), functionForce.force(), forecast, actual, actual - forecast, forecasts));
        });
        return totals;
    }

    static List<ChangeTeamCost> changeTeamCosts(List<SavingsEntry> entries) {
        Map<Force, Map<FiscalYear, Long>> byForce = new TreeMap<>();
        entries.stream().filter(entry -> entry.kind() == SavingsEntryKind.CHANGE_TEAM_COST)
                .forEach(entry -> byForce.computeIfAbsent(entry.force(), force -> new TreeMap<>())
                        .merge(entry.fiscalYear(), entry.amount().pence(), Long::sum));
        List<ChangeTeamCost> costs = new ArrayList<>();
        byForce.forEach((force, years) -> {
            long cumulative = 0;
            for (Map.Entry<FiscalYear, Long> year : years.entrySet()) {
                cumulative += year.getValue();
                costs.add(new ChangeTeamCost(force, year.getKey(), year.getValue(), cumulative));
            }
        });
        return costs;
    }

    static List<StatedFigure> statedFigures(List<SavingsEntry> entries, Function<SavingsEntry, String> functionOf) {
        return entries.stream()
                .filter(entry -> entry.kind() == SavingsEntryKind.STATED_SAVING || entry.kind() == SavingsEntryKind.COLLABORATION_SPEND)
                .map(entry -> new StatedFigure(functionOf.apply(entry), entry.kind(), entry.force(), entry.fiscalYear(),
                        entry.amount().pence(), Boolean.TRUE.equals(entry.projected())))
                .sorted(comparing(StatedFigure::function, nullsFirst(naturalOrder())).thenComparing(StatedFigure::kind)
                        .thenComparing(StatedFigure::force).thenComparing(StatedFigure::fiscalYear, nullsFirst(naturalOrder())))
                .toList();
    }

    private static long sum(List<SavingsEntry> entries, SavingsEntryKind kind) {
        return entries.stream().filter(entry -> entry.kind() == kind).mapToLong(entry -> entry.amount().pence()).sum();
    }
}
