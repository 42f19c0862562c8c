package org.allianceledger.alliance;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * When something is due, as a review writes it: a fiscal quarter ({@code "2019/20 Q4"}, which is
 * January to March 2020), a fiscal year ({@code "2019/20"}), or a date to day, month or year.
 * Overdue means the last day it could mean has passed.
 */
public record DueBy(String text, LocalDate lastDay) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4}/\\d{2})\\s+Q([1-4])");

    @JsonCreator
    public static DueBy parse(String text) {
        String t = Text.require(text, "dueBy");
        Matcher quarter = QUARTER.matcher(t);
        if (quarter.matches()) {
            FiscalYear year = FiscalYear.parse(quarter.group(1));
            int q = Integer.parseInt(quarter.group(2));
            return new DueBy(t, year.firstDay().plusMonths(3L * q).minusDays(1));
        }
        if (t.contains("/")) {
            return new DueBy(t, FiscalYear.parse(t).lastDay());
        }
        if (t.matches("\\d{4}(-\\d{2}){0,2}")) {
            return new DueBy(t, PartialDate.parse(t).latest());
        }
        throw new InvalidInput("dueBy", "dueBy is written like '2019/20 Q4', '2019/20', '2020-03-31', '2020-03' or '2020', not '" + text + "'");
    }

    public boolean isOverdueOn(LocalDate date) {
        return date.isAfter(lastDay);
    }

    @JsonValue
    @Override
    public String text() {
        return text;
    }
}
