package org.allianceledger.alliance;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Values as a reader says them, for summaries, pages and files: a force or Corporation Sole by its
 * name, a code such as {@code NOT_ACTIONED} as "not actioned", a date to the precision the source
 * gives, and nothing at all for a value that is absent.
 */
public final class Plain {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private Plain() {
    }

    public static String words(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Named named) {
            return named.displayName();
        }
        if (value instanceof Enum<?> code) {
            return code.name().toLowerCase(Locale.UK).replace('_', ' ');
        }
        if (value instanceof PartialDate date) {
            return date(date);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().filter(Objects::nonNull).map(Plain::words).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /** {@code before}, the value in words and {@code after}; nothing where the value is absent or blank. */
    public static String part(String before, Object value, String after) {
        String words = words(value);
        return words.isBlank() ? "" : before + words + after;
    }

    /** A date to the precision the source gives: {@code 19 July 2018}, {@code September 2016}, {@code 2011}. */
    public static String date(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> DAY.format(date.earliest());
            case MONTH -> MONTH.format(YearMonth.from(date.earliest()));
            case YEAR -> String.valueOf(date.earliest().getYear());
        };
    }

    /** {@code 1 party}, {@code 6 parties}. */
    public static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
