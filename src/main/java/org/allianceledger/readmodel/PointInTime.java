package org.allianceledger.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.allianceledger.alliance.InvalidInput;

/**
 * Where in time a read looks from. {@code asOf} is valid time: what was in force on that date,
 * counting decisions from the first day their date could mean. {@code knownAt} is transaction
 * time: what the record said at that instant, before anything recorded later (a back-dated
 * decision, a correction) was added. Both default to now. {@code through} is the position of the
 * event store the read models stood at when the read began: what the read may take in.
 */
public record PointInTime(LocalDate asOf, Instant knownAt, long through) {

    /** {@link #through} when the read models' position is not known: a read takes in every row stored. */
    public static final long EVERYTHING_STORED = Long.MAX_VALUE;

    /**
     * The years a read may look from: four-digit ones. Java parses dates and instants far beyond
     * them (to the year 1,000,000,000), on which the reads' date arithmetic fails with a 500; such a
     * parameter is refused by name instead.
     */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

    public PointInTime(LocalDate asOf, Instant knownAt) {
        this(asOf, knownAt, EVERYTHING_STORED);
    }

    /** This point in time, read once the read models stand at position {@code through} of the event store. */
    public PointInTime readThrough(long position) {
        return new PointInTime(asOf, knownAt, position);
    }

    public static PointInTime now(Clock clock) {
        return new PointInTime(LocalDate.now(clock), clock.instant());
    }

    /**
     * Reads the two query parameters. {@code knownAt} is an instant ({@code 2019-06-30T12:00:00Z})
     * or a date, which means the end of that day (UTC).
     */
    public static PointInTime parse(String asOf, String knownAt, Clock clock) {
        PointInTime now = now(clock);
        return new PointInTime(blank(asOf) ? now.asOf() : date("asOf", asOf),
                blank(knownAt) ? now.knownAt() : instant(knownAt));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static LocalDate date(String name, String text) {
        try {
            LocalDate date = LocalDate.parse(text.trim());
            inRange(name, text, date.atStartOfDay(ZoneOffset.UTC).toInstant());
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, name + " is a date written YYYY-MM-DD, not '" + text + "'");
        }
    }

    private static Instant instant(String text) {
        String t = text.trim();
        if (t.length() == 10) {
            return date("knownAt", t).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
        }
        try {
            return inRange("knownAt", text, Instant.parse(t));
        } catch (DateTimeParseException e) {
            throw new InvalidInput("knownAt", "knownAt is an instant written like 2019-06-30T12:00:00Z, or a date, not '" + text + "'");
        }
    }

    private static Instant inRange(String name, String text, Instant instant) {
        if (instant.isBefore(EARLIEST) || !instant.isBefore(END)) {
            throw new InvalidInput(name, name + " must fall in the years 0001 to 9999, not '" + text + "'");
        }
        return instant;
    }
}
