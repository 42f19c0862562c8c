package org.allianceledger.savings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.businesscase.BusinessCaseRegister;
import org.allianceledger.function.FunctionRegister;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.web.AsOfControl;
import org.allianceledger.web.Csv;
import org.allianceledger.web.Chart;
import org.allianceledger.web.Chart.Series;
import org.allianceledger.web.Page;
import org.allianceledger.web.PageFormats;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Forecast against actual by fiscal year, as charts and tables, per force and function; the
 * change-team costs of the programme beside them, never netted.
 */
@Page
class SavingsPage {

    private final AsOfControl asOfControl;
    private final SavingsRegister savings;
    private final PageFormats formats;
    private final FunctionRegister functions;
    private final BusinessCaseRegister businessCases;

    SavingsPage(AsOfControl asOfControl, SavingsRegister savings, PageFormats formats, FunctionRegister functions,
                BusinessCaseRegister businessCases) {
        this.asOfControl = asOfControl;
        this.savings = savings;
        this.formats = formats;
        this.functions = functions;
        this.businessCases = businessCases;
    }

    @GetMapping("/savings")
    String savings(PointInTimeParams params, @RequestParam(required = false) Force force,
                   @RequestParam(required = false) String function, Model model) {
        PointInTime at = asOfControl.read(params, model);
        // Each read folds every savings row: read again only what the selection narrows.
        SavingsTimeline everything = savings.timeline(at, null, null);
        SavingsTimeline everyFunction = force == null ? everything : savings.timeline(at, force, null);
        SavingsTimeline selected = function == null || function.isBlank() ? everyFunction : savings.timeline(at, force, function);
        model.addAttribute("force", force);
        model.addAttribute("function", function == null || function.isBlank() ? null : function.trim());
        model.addAttribute("savings", selected);
        model.addAttribute("changeTeamCosts", everyFunction.changeTeamCosts());
        model.addAttribute("forces", Stream.concat(everything.totals().stream().map(SavingsTimeline.Total::force),
                everything.changeTeamCosts().stream().map(SavingsTimeline.ChangeTeamCost::force)).distinct().sorted().toList());
        model.addAttribute("functions", Stream.concat(everything.totals().stream().map(SavingsTimeline.Total::function),
                everything.statedFigures().stream().map(SavingsTimeline.StatedFigure::function))
                .filter(Objects::nonNull).distinct().sorted().toList());
        // the page names what the savings view keeps by id: functions by name, business cases by title
        Map<String, String> names = new HashMap<>();
        functions.functions(at).forEach(row -> names.put(row.functionId(), row.name()));
        businessCases.businessCases(at).forEach(row -> names.put(row.caseId(), row.title()));
        model.addAttribute("names", names);
        model.addAttribute("savingsChart", savingsChart(selected.rows()));
        model.addAttribute("totalsChart", totalsChart(selected.totals()));
        model.addAttribute("costsChart", costsChart(everyFunction.changeTeamCosts()));
        model.addAttribute("csvLink", Csv.downloadLink("/api/savings"));
        // for recorders' "Correct this entry": the entries of the chosen force (every force's when none is chosen)
        model.addAttribute("entries", savings.entries(at).stream().filter(entry -> force == null || entry.force() == force).toList());
        return "savings";
    }

    private Chart savingsChart(List<SavingsTimeline.Row> rows) {
        Map<FiscalYear, long[]> byYear = sumBy(rows, SavingsTimeline.Row::fiscalYear,
                row -> barOf(row.forecastPence()), SavingsTimeline.Row::actualPence);
        List<Long> forecast = column(byYear, 0);
        List<Long> actual = column(byYear, 1);
        return Chart.of("Forecast against actual budget reductions by fiscal year", keys(byYear),
                List.of(new Series("Forecast", "forecast", forecast), new Series("Actual", "actual", actual)),
                List.of(new Series("Cumulative forecast", "forecast", cumulative(forecast)),
                        new Series("Cumulative actual", "actual", cumulative(actual))),
                formats::moneyShort);
    }

    /** Most forecasts are given over a whole case, not by year: per function is where they meet the actuals. */
    private Chart totalsChart(List<SavingsTimeline.Total> totals) {
        Map<String, long[]> byFunction = sumBy(totals, total -> String.valueOf(total.function()),
                total -> barOf(total.forecastPence()), SavingsTimeline.Total::actualPence);
        return Chart.of("Forecast against actual over each function's business cases", keys(byFunction),
                List.of(new Series("Forecast", "forecast", column(byFunction, 0)), new Series("Actual", "actual", column(byFunction, 1))),
                List.of(), formats::moneyShort);
    }

    private Chart costsChart(List<SavingsTimeline.ChangeTeamCost> costs) {
        Map<FiscalYear, long[]> byYear = sumBy(costs, SavingsTimeline.ChangeTeamCost::fiscalYear,
                SavingsTimeline.ChangeTeamCost::pence);
        List<Long> cost = column(byYear, 0);
        return Chart.of("Change-team costs by fiscal year (not netted against savings)", keys(byYear),
                List.of(new Series("Change-team cost", "cost", cost)),
                List.of(new Series("Cumulative cost", "cost", cumulative(cost))), formats::moneyShort);
    }

    /** Where nothing was forecast the chart draws no bar; the tables beneath leave the cell empty rather than say £0. */
    private static long barOf(Long pence) {
        return pence == null ? 0 : pence;
    }

    /** Sums of each column per key, in key order. */
    @SafeVarargs
    private static <T, K> Map<K, long[]> sumBy(List<T> items, Function<T, K> key, ToLongFunction<T>... columns) {
        Map<K, long[]> sums = new TreeMap<>();
        for (T item : items) {
            long[] its = sums.computeIfAbsent(key.apply(item), k -> new long[columns.length]);
            for (int c = 0; c < columns.length; c++) {
                its[c] = Math.addExact(its[c], columns[c].applyAsLong(item));
            }
        }
        return sums;
    }

    private static List<String> keys(Map<?, long[]> sums) {
        return sums.keySet().stream().map(Object::toString).toList();
    }

    private static List<Long> column(Map<?, long[]> sums, int column) {
        return sums.values().stream().map(its -> its[column]).toList();
    }

    private static List<Long> cumulative(List<Long> values) {
        long[] total = {0};
        return values.stream().map(value -> total[0] = Math.addExact(total[0], value)).toList();
    }
}
