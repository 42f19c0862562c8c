package org.allianceledger.alliance;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A UK public-sector fiscal year, 1 April to 31 March, written {@code "2016/17"}. */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{2})");

    @JsonCreator
    public static FiscalYear parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new InvalidInput("A fiscal year is written like 2016/17, not '" + text + "'");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (end != (start + 1) % 100) {
            throw new InvalidInput("'" + text + "' is not a fiscal year: " + start
                    + " is followed by " + String.format("%02d", (start + 1) % 100));
        }
        return new FiscalYear(start);
    }

    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @JsonValue
    @Override
    public String toString() {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }
}
