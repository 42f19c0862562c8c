package org.allianceledger.readmodel;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Which rows of a {@link ChangeLog} a read wants, tested on the rows as stored (BSON read lazily, so a
 * test touches only the fields it names). Paths are dotted ({@code row.subject.type}); a path through
 * a list matches when any of its items does.
 */
@FunctionalInterface
public interface RowFilter extends Predicate<BsonDocument> {

    RowFilter ALL = row -> true;

    static RowFilter eq(String path, String value) {
        return row -> anyText(row, path, text -> text.equals(value));
    }

    /**
     * The text at {@code path} contains {@code part}, ignoring case and how much white space stands
     * between words: what a person types seldom matches a document's line breaks and double spaces.
     */
    static RowFilter contains(String path, String part) {
        String wanted = comparable(part);
        return row -> anyText(row, path, text -> comparable(text).contains(wanted));
    }

    /** Texts compare as written: ISO dates sort as they read. */
    static RowFilter atLeast(String path, String least) {
        return row -> anyText(row, path, text -> text.compareTo(least) >= 0);
    }

    static RowFilter atMost(String path, String most) {
        return row -> anyText(row, path, text -> text.compareTo(most) <= 0);
    }

    static RowFilter all(List<RowFilter> filters) {
        return row -> filters.stream().allMatch(filter -> filter.test(row));
    }

    static RowFilter any(List<RowFilter> filters) {
        return row -> filters.stream().anyMatch(filter -> filter.test(row));
    }

    default RowFilter and(RowFilter other) {
        return row -> test(row) && other.test(row);
    }

    /** Lower case, each run of white space one space, none at the ends. */
    private static String comparable(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = plain.length() > 0;
            } else {
                if (space) {
                    plain.append(' ');
                    space = false;
                }
                plain.append(c);
            }
        }
        return plain.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean anyText(BsonValue value, String path, Predicate<String> test) {
        if (value instanceof BsonArray items) {
            return items.stream().anyMatch(item -> anyText(item, path, test));
        }
        if (path.isEmpty()) {
            return value instanceof BsonString text && test.test(text.getValue());
        }
        if (!(value instanceof BsonDocument document)) {
            return false;
        }
        int dot = path.indexOf('.');
        BsonValue next = document.get(dot < 0 ? path : path.substring(0, dot));
        return next != null && anyText(next, dot < 0 ? "" : path.substring(dot + 1), test);
    }
}
