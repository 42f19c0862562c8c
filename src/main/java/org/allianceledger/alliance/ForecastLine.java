package org.allianceledger.alliance;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of a savings forecast: what a force is forecast to save, in a fiscal year or, where the
 * source gives only a total (the 2018 report's "total savings forecast for Cambridgeshire"), overall.
 */
public record ForecastLine(Force force, FiscalYear fiscalYear, Money amount) {

    public ForecastLine {
        Objects.requireNonNull(force, "forecast force is required");
        Objects.requireNonNull(amount, "forecast amount is required");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A forecast saving cannot be negative: " + amount);
        }
    }

    /** A forecast names each force and fiscal year once. */
    public static List<ForecastLine> validate(List<ForecastLine> lines) {
        if (lines == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (ForecastLine line : lines) {
            Objects.requireNonNull(line, "a forecast line is missing");
            if (!seen.add(line.force() + " " + line.fiscalYear())) {
                throw new IllegalArgumentException("The forecast names " + line.force()
                        + (line.fiscalYear() == null ? " (total)" : " in " + line.fiscalYear()) + " twice");
            }
        }
        return List.copyOf(lines);
    }
}
