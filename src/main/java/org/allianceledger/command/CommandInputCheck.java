package org.allianceledger.command;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

import org.allianceledger.alliance.DueBy;
import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.LongText;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.PartialDate;
import org.springframework.stereotype.Component;

/**
 * Holds every value of a command, however deeply nested, to the {@link InputLimits} once it has
 * been read and before it is dispatched: the HTTP API and history files both pass here (through
 * {@link CommandReader}). The checks live here and not in the values' constructors because events
 * carry the same values and must load from the store as they were written, whatever a later limit says.
 *
 * <ul>
 *   <li>Dates and fiscal years from the earliest year to 9999: a year is written with four digits, so
 *       that the stored text reads back as the same date.</li>
 *   <li>Text is valid UTF-16 (no unpaired surrogate: the hash chain hashes the Java string, and the
 *       store would write U+FFFD in its place), holds no control character (line breaks and tabs only in
 *       {@link LongText}), is not blank, and is no longer than its kind's limit.</li>
 *   <li>Amounts from 0 to the largest allowed, so that no sum of them wraps around.</li>
 * </ul>
 */
@Component
public class CommandInputCheck {

    private final InputLimits limits;

    public CommandInputCheck(InputLimits limits) {
        this.limits = limits;
    }

    /** @throws MalformedCommandException naming the first field beyond a limit */
    public void check(Object command) {
        walkRecord("", command);
    }

    private void walk(String field, Object value, boolean longText) {
        if (value instanceof String text) {
            text(field, text, longText);
        } else if (value instanceof PartialDate date) {
            year(field, date.earliest().getYear(), date);
        } else if (value instanceof FiscalYear year) {
            year(field, year.startYear(), year);
        } else if (value instanceof DueBy due) {
            text(field, due.text(), false);
            year(field, due.lastDay().getYear(), due.text());
        } else if (value instanceof Money amount) {
            amount(field, amount);
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(field + "[" + i++ + "]", item, longText);
            }
        } else if (value instanceof Record nested) {
            walkRecord(field + ".", nested);
        } else if (value != null && !(value instanceof Enum<?> || value instanceof Boolean || value instanceof Integer)) {
            // A new kind of value must be given its limits here, not slip through unchecked.
            throw new IllegalStateException("No input limits are defined for " + value.getClass().getName() + " (" + field + ")");
        }
    }

    private void walkRecord(String prefix, Object record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            walk(prefix + component.getName(), valueOf(component, record), component.isAnnotationPresent(LongText.class));
        }
    }

    private static Object valueOf(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private void text(String field, String text, boolean longText) {
        if (text.isBlank()) {
            throw MalformedCommandException.inField(field, "text is required here and may not be blank");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw MalformedCommandException.inField(field, String.format("U+%04X at character %d is half of a surrogate pair: "
                        + "the text is not valid Unicode", (int) c, i + 1));
            } else if (Character.isISOControl(c) && !(longText && (c == '\n' || c == '\t'))) {
                throw MalformedCommandException.inField(field, String.format("U+%04X at character %d is a control character; "
                        + (longText ? "only line breaks (\\n) and tabs are allowed" : "this is one line of text"), (int) c, i + 1));
            }
        }
        int max = longText ? limits.maxLongText() : limits.maxShortText();
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw MalformedCommandException.inField(field, "is " + length + " characters long; at most " + max + " are allowed");
        }
    }

    private void year(String field, int year, Object value) {
        if (year < limits.earliestYear() || year > InputLimits.LATEST_YEAR) {
            throw MalformedCommandException.inField(field, "'" + value + "' is outside the years the ledger records, "
                    + limits.earliestYear() + " to " + InputLimits.LATEST_YEAR);
        }
    }

    private void amount(String field, Money amount) {
        if (amount.pence() < 0 || amount.pence() > limits.maxAmountPence()) {
            throw MalformedCommandException.inField(field, "an amount is 0 to " + limits.maxAmountPence() + " pence ("
                    + Money.ofPence(limits.maxAmountPence()) + "), not " + amount.pence());
        }
    }
}
