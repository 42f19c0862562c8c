package org.allianceledger.alliance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of a savings forecast: what a force is forecast to save, in a fiscal year or, where the
 * source gives only a total (the 2018 report's "total savings forecast for Cambridgeshire"), overall.
 */
public record ForecastLine(Force force, FiscalYear fiscalYear, Money amount) {

    /**
     * A command's forecast: each line names a force and a saving that is not negative, and each force
     * and fiscal year once. Checked here for commands only: a stored forecast loads as it was written.
     */
    public static List<ForecastLine> validate(List<ForecastLine> lines) {
        List<ForecastLine> given = Required.entries(lines, "forecast");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            ForecastLine line = given.get(i);
            String field = "forecast[" + i + "]";
            Required.value(line.force(), field + ".force");
            if (Required.value(line.amount(), field + ".amount").isNegative()) {
                throw new InvalidInput(field + ".amount", "A forecast saving cannot be negative: " + line.amount());
            }
            if (!seen.add(line.force() + " " + line.fiscalYear())) {
                throw new InvalidInput(field, "The forecast names " + line.force()
                        + (line.fiscalYear() == null ? " (total)" : " in " + line.fiscalYear()) + " twice");
            }
        }
        return given;
    }
}
