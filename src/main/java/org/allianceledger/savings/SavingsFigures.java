package org.allianceledger.savings;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

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

    /**
     * Which forecasts count: those taken from each business case's standing version, the latest
     * among {@code entries}. An earlier version's forecast was replaced, not added to (BCB report,
     * 19 Jul 2018, §6.2: Firearms Licensing forecast £174k for one site, then £112k for two).
     * Give it every entry in force, before any filter, so that a force's forecast does not stand
     * only because the later version's lines were filtered out.
     */
    static Predicate<SavingsEntry> standingForecasts(List<SavingsEntry> entries) {
        Map<String, Integer> latestVersion = new HashMap<>();
        entries.stream().filter(entry -> entry.kind() == SavingsEntryKind.FORECAST && entry.caseVersion() != null)
                .forEach(entry -> latestVersion.merge(entry.businessCaseId(), entry.caseVersion(), Math::max));
        return entry -> entry.kind() == SavingsEntryKind.FORECAST
                && Objects.equals(entry.caseVersion(), latestVersion.get(entry.businessCaseId()));
    }

    static List<Row> rows(List<SavingsEntry> entries, Function<SavingsEntry, String> functionOf, Predicate<SavingsEntry> standing) {
        Map<FunctionForce, Map<FiscalYear, Figures>> byYear = new TreeMap<>();
        for (SavingsEntry entry : entries) {
            boolean actual = entry.kind() == SavingsEntryKind.BUDGET_REDUCTION;
            if ((actual || standing.test(entry)) && entry.fiscalYear() != null) {
                Figures year = byYear.computeIfAbsent(new FunctionForce(functionOf.apply(entry), entry.force()), k -> new TreeMap<>())
                        .computeIfAbsent(entry.fiscalYear(), y -> new Figures());
                year.add(entry, actual);
            }
        }
        List<Row> rows = new ArrayList<>();
        byYear.forEach((functionForce, years) -> {
            long cumulativeForecast = 0;
            long cumulativeActual = 0;
            for (Map.Entry<FiscalYear, Figures> year : years.entrySet()) {
                Long forecast = year.getValue().forecast;
                long actual = year.getValue().actual;
                cumulativeForecast = Math.addExact(cumulativeForecast, forecast == null ? 0 : forecast);
                cumulativeActual = Math.addExact(cumulativeActual, actual);
                rows.add(new Row(functionForce.function(), functionForce.force(), year.getKey(), forecast, actual,
                        forecast == null ? null : cumulativeForecast, cumulativeActual,
                        forecast == null ? null : Math.subtractExact(actual, forecast)));
            }
        });
        return rows;
    }

    static List<Total> totals(List<SavingsEntry> entries, Function<SavingsEntry, String> functionOf, Predicate<SavingsEntry> standing) {
        Map<FunctionForce, List<SavingsEntry>> byFunctionForce = new TreeMap<>();
        entries.stream()
                .filter(entry -> entry.kind() == SavingsEntryKind.BUDGET_REDUCTION || entry.kind() == SavingsEntryKind.FORECAST)
                .forEach(entry -> byFunctionForce.computeIfAbsent(new FunctionForce(functionOf.apply(entry), entry.force()),
                        k -> new ArrayList<>()).add(entry));
        List<Total> totals = new ArrayList<>();
        byFunctionForce.forEach((functionForce, its) -> {
            List<SavingsEntry> forecasts = its.stream().filter(standing).toList();
            Long forecast = forecasts.isEmpty() ? null : sum(forecasts);
            long actual = sum(its.stream().filter(entry -> entry.kind() == SavingsEntryKind.BUDGET_REDUCTION).toList());
            List<CaseForecast> caseForecasts = its.stream().filter(entry -> entry.kind() == SavingsEntryKind.FORECAST)
                    .map(entry -> new CaseForecast(entry.businessCaseId(), entry.caseVersion(), entry.fiscalYear(),
                            entry.amount().pence(), standing.test(entry)))
                    .toList();
            totals.add(new Total(functionForce.function(), functionForce.force(), forecast, actual,
                    forecast == null ? null : Math.subtractExact(actual, forecast), caseForecasts));
        });
        return totals;
    }

    static List<ChangeTeamCost> changeTeamCosts(List<SavingsEntry> entries) {
        Map<Force, Map<FiscalYear, Long>> byForce = new TreeMap<>();
        entries.stream().filter(entry -> entry.kind() == SavingsEntryKind.CHANGE_TEAM_COST)
                .forEach(entry -> byForce.computeIfAbsent(entry.force(), force -> new TreeMap<>())
                        .merge(entry.fiscalYear(), entry.amount().pence(), Math::addExact));
        List<ChangeTeamCost> costs = new ArrayList<>();
        byForce.forEach((force, years) -> {
            long cumulative = 0;
            for (Map.Entry<FiscalYear, Long> year : years.entrySet()) {
                cumulative = Math.addExact(cumulative, year.getValue());
                costs.add(new ChangeTeamCost(force, year.getKey(), year.getValue(), cumulative));
            }
        });
        return costs;
    }

    static List<StatedFigure> statedFigures(List<SavingsEntry> entries, Function<SavingsEntry, String> functionOf) {
        return entries.stream()
                .filter(entry -> entry.kind() == SavingsEntryKind.STATED_SAVING || entry.kind() == SavingsEntryKind.COLLABORATION_SPEND
                        || entry.kind() == SavingsEntryKind.EXPECTED_SAVING)
                .map(entry -> new StatedFigure(functionOf.apply(entry), entry.kind(), entry.force(), entry.fiscalYear(),
                        entry.amount().pence(), Boolean.TRUE.equals(entry.projected())))
                .sorted(comparing(StatedFigure::function, nullsFirst(naturalOrder())).thenComparing(StatedFigure::kind)
                        .thenComparing(StatedFigure::force, nullsFirst(naturalOrder())).thenComparing(StatedFigure::fiscalYear, nullsFirst(naturalOrder())))
                .toList();
    }

    /** Exact: a sum that overflows fails loudly rather than wrap to a negative figure. */
    private static long sum(List<SavingsEntry> entries) {
        return entries.stream().mapToLong(entry -> entry.amount().pence()).reduce(0, Math::addExact);
    }

    /** A year's figures of one function and force: the forecast stays null until a standing forecast gives one. */
    private static final class Figures {
        private Long forecast;
        private long actual;

        void add(SavingsEntry entry, boolean isActual) {
            if (isActual) {
                actual = Math.addExact(actual, entry.amount().pence());
            } else {
                forecast = Math.addExact(forecast == null ? 0 : forecast, entry.amount().pence());
            }
        }
    }
}
