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
 */
public record SavingsTimeline(List<Row> rows, List<Total> totals, List<ChangeTeamCost> changeTeamCosts,
                              List<StatedFigure> statedFigures) {

    /** {@code variancePence} is actual minus forecast: negative when less was removed than forecast. */
    public record Row(String function, Force force, FiscalYear fiscalYear, long forecastPence, long actualPence,
                      long cumulativeForecastPence, long cumulativeActualPence, long variancePence) {
    }

    /** Totals include forecasts the cases give only as a total, without a year. */
    public record Total(String function, Force force, long forecastPence, long actualPence, long variancePence,
                        List<CaseForecast> forecasts) {
    }

    public record CaseForecast(String businessCase, Integer version, FiscalYear fiscalYear, long pence) {
    }

    public record ChangeTeamCost(Force force, FiscalYear fiscalYear, long pence, long cumulativePence) {
    }

    public record StatedFigure(String function, SavingsEntryKind kind, Force force, FiscalYear fiscalYear, long pence,
                               boolean projected) {
    }
}
