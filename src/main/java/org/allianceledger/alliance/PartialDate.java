package org.allianceledger.alliance;

import java.time.DateTimeException;
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
            // Every stored decision's date is read this way: its usual forms skip the formatters' general machinery.
            if (t.length() >= 4 && digits(t, 0, 4) && (t.length() == 4 || t.length() >= 7 && t.charAt(4) == '-' && digits(t, 5, 7)
                    && (t.length() == 7 || t.length() == 10 && t.charAt(7) == '-' && digits(t, 8, 10)))) {
                int year = Integer.parseInt(t, 0, 4, 10);
                return t.length() == 4 ? year(year) : t.length() == 7 ? month(year, Integer.parseInt(t, 5, 7, 10))
                        : day(LocalDate.of(year, Integer.parseInt(t, 5, 7, 10), Integer.parseInt(t, 8, 10, 10)));
            }
            return switch (t.length()) {
                case 4 -> year(Year.parse(t).getValue());
                case 7 -> {
                    YearMonth ym = YearMonth.parse(t);
                    yield month(ym.getYear(), ym.getMonthValue());
                }
                case 10 -> day(LocalDate.parse(t));
                default -> throw new DateTimeParseException("bad length", t, 0);
            };
        } catch (DateTimeException e) { // a parse failure, or a month or day that does not exist
            throw new InvalidInput("A date is written YYYY-MM-DD, YYYY-MM or YYYY, not '" + text + "'");
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
