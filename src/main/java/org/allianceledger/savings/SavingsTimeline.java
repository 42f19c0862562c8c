package org.allianceledger.savings;

import java.util.List;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;

/**
 * Savings as they stood on a date. Change-team costs sit beside the savings and are never netted
 * against them (BCB report, 19 Jul 2018, §5.2 notes).
 *
 * @param rows            per function, force and fiscal year: forecast, actual reductions, both cumulative, variance
 * @param totals          per function and force, over every year, with the forecasts each business-case version gave
 * @param changeTeamCosts per force and fiscal year, with the cumulative cost
 * @param statedFigures   savings and spend on collaboration as reports state or project them
 * @param savingsTable    one force's recurrent budget reductions and change-team costs laid out as the BCB report's
 *                        §5.2 table, whatever function was asked for
 * @param reconciliation  each total a document states beside the total the recorded line items give
 */
public record SavingsTimeline(List<Row> rows, List<Total> totals, List<ChangeTeamCost> changeTeamCosts,
                              List<StatedFigure> statedFigures, SavingsTable savingsTable,
                              List<Reconciliation> reconciliation) {

    /**
     * {@code variancePence} is actual minus forecast: negative when less was removed than forecast.
     * Forecast, cumulative forecast and variance are null in a year the standing business case gave
     * no forecast for: most cases forecast only a total, and a year's share of it would be invented.
     */
    public record Row(String function, Force force, FiscalYear fiscalYear, Long forecastPence, long actualPence,
                      Long cumulativeForecastPence, long cumulativeActualPence, Long variancePence) {
    }

    /**
     * Totals include forecasts the cases give only as a total, without a year, but only those of each
     * case's standing version. Forecast and variance are null where no business case forecast anything.
     */
    public record Total(String function, Force force, Long forecastPence, long actualPence, Long variancePence,
                        List<CaseForecast> forecasts) {
    }

    /** {@code standing}: taken from the case's latest version, so counted in the forecast; an earlier version's stays listed. */
    public record CaseForecast(String businessCase, Integer version, FiscalYear fiscalYear, long pence, boolean standing) {
    }

    public record ChangeTeamCost(Force force, FiscalYear fiscalYear, long pence, long cumulativePence) {
    }

    public record StatedFigure(String function, SavingsEntryKind kind, Force force, FiscalYear fiscalYear, long pence,
                               boolean projected) {
    }

    /**
     * A force's recurrent budget reductions per function and fiscal year, with the source's total
     * rows beneath them and the change-team costs last, never netted.
     *
     * @param fiscalYears the table's columns, from the first year anything was recorded to the last
     * @param lines       a line per function (labelled with its name), then the total and cost lines
     */
    public record SavingsTable(Force force, List<FiscalYear> fiscalYears, List<TableLine> lines) {
    }

    /**
     * One line of the table. {@code kind} says what the line is: {@code BUDGET_REDUCTION} for a
     * function's line, otherwise the kind of stated figure a document prints for it. Costs are
     * positive, as recorded; the source prints them as negatives.
     *
     * @param pence      per fiscal year of the table, null where nothing was recorded (a blank in the source)
     * @param totalPence the line's total over the years, for the lines the source totals; otherwise null
     */
    public record TableLine(String label, SavingsEntryKind kind, List<Long> pence, Long totalPence) {
    }

    /**
     * A total as a document states it, beside the total computed from the recorded line items.
     * {@code differencePence} is computed minus stated; computed and difference are null where the
     * table has nothing for that year or function to compare with. {@code function} is the ledger's
     * line as the table names it.
     */
    public record Reconciliation(SavingsEntryKind kind, String function, Force force, FiscalYear fiscalYear,
                                 boolean projected, String source, long statedPence, Long computedPence,
                                 Long differencePence) {
    }
}
