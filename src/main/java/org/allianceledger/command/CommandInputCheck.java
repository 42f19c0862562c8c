package org.allianceledger.command;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.DueBy;
import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.LongText;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;
import org.springframework.stereotype.Component;

/**
 * Holds every value of a command, however deeply nested, to the {@link InputLimits} and to the rules
 * its shared values keep, once it has been read and before it is dispatched: the HTTP API and history
 * files both pass here (through {@link CommandReader}). The checks live here and not in the values'
 * constructors because events carry the same values and must load from the store as they were
 * written, whatever a later rule says.
 *
 * <ul>
 *   <li>Dates and fiscal years from the earliest year to 9999 (fiscal years to 2999/00): a year is
 *       written with four digits, so that the stored text reads back as the same date.</li>
 *   <li>Text is valid UTF-16 (no unpaired surrogate: the hash chain hashes the Java string, and the
 *       store would write U+FFFD in its place), holds no control character (line breaks and tabs only in
 *       {@link LongText}), is not blank, and is no longer than its kind's limit.</li>
 *   <li>Amounts from 0 to the largest allowed, so that no sum of them wraps around.</li>
 *   <li>A list has no empty entries; a decision has a date and a source, and a source names its document.</li>
 * </ul>
 */
@Component
public class CommandInputCheck {

    private static final int LATEST_FISCAL_YEAR = 2999;

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
            year(field, date.earliest().getYear(), InputLimits.LATEST_YEAR, date);
        } else if (value instanceof FiscalYear year) {
            year(field, year.startYear(), LATEST_FISCAL_YEAR, year);
        } else if (value instanceof DueBy due) {
            text(field, due.text(), false);
            year(field, due.lastDay().getYear(), InputLimits.LATEST_YEAR, due.text());
        } else if (value instanceof Money amount) {
            amount(field, amount);
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                String entry = field + "[" + i++ + "]";
                required(entry, item);
                walk(entry, item, longText);
            }
        } else if (value instanceof Record nested) {
            requireParts(field, nested);
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

    /** What every command's decision and every citation cannot do without; each command's own record checks the rest as it is read. */
    private static void requireParts(String field, Record value) {
        if (value instanceof DecisionContext decision) {
            required(field + ".decidedOn", decision.decidedOn());
            required(field + ".source", decision.source());
        } else if (value instanceof SourceRef source) {
            required(field + ".document", source.document());
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw MalformedCommandException.inField(field, "is required");
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

    private void year(String field, int year, int latest, Object value) {
        if (year < limits.earliestYear() || year > latest) {
            throw MalformedCommandException.inField(field, "'" + value + "' is outside the years the ledger records, "
                    + limits.earliestYear() + " to " + latest);
        }
    }

    private void amount(String field, Money amount) {
        if (amount.pence() < 0 || amount.pence() > limits.maxAmountPence()) {
            throw MalformedCommandException.inField(field, "an amount is 0 to " + limits.maxAmountPence() + " pence ("
                    + Money.ofPence(limits.maxAmountPence()) + "), not " + amount.pence());
        }
    }
}
