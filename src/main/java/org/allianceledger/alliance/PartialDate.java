package org.allianceledger.alliance;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A date known to a day, a month or a year, written {@code 2015-12-01}, {@code 2015-06} or
 * {@code 2015}. Recording what the source says, and no more, keeps the record honest: a decision
 * "in June 2015" is not invented a day.
 */
public record PartialDate(LocalDate earliest, DatePrecision precision) implements Comparable<PartialDate> {

    public static PartialDate day(LocalDate date) {
        return new PartialDate(date, DatePrecision.DAY);
    }

    public static PartialDate month(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PartialDate year(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    @JsonCreator
    public static PartialDate parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            return switch (t.length()) {
                case 4 -> year(Year.parse(t).getValue());
                case 7 -> {
                    YearMonth ym = YearMonth.parse(t);
                    yield month(ym.getYear(), ym.getMonthValue());
                }
                case 10 -> day(LocalDate.parse(t));
                default -> throw new DateTimeParseException("bad length", t, 0);
            };
        } catch (DateTimeParseException e) {
            throw new InvalidInput("A date is written YYYY-MM-DD, YYYY-MM or YYYY, not '" + text + "'");
        }
    }

    /** The last day the period could mean: a month-precision date may be any day of that month. */
    public LocalDate latest() {
        return switch (precision) {
            case DAY -> earliest;
            case MONTH -> YearMonth.from(earliest).atEndOfMonth();
            case YEAR -> Year.of(earliest.getYear()).atMonth(12).atEndOfMonth();
        };
    }

    public boolean isAfter(LocalDate date) {
        return earliest.isAfter(date);
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = earliest.compareTo(other.earliest);
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }

    @JsonValue
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> earliest.toString();
            case MONTH -> YearMonth.from(earliest).toString();
            case YEAR -> String.valueOf(earliest.getYear());
        };
    }
}
