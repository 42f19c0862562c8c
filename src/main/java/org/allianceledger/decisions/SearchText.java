package org.allianceledger.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


/**
 * Text as a search compares it: lower case, each run of white space one space, none at the ends.
 * What a person types seldom matches a document's line breaks and double spaces.
 */
final class SearchText {

    private SearchText() {
    }

    /**
     * The fields free text is looked for in that are the row's own text (summary, rationale, quote,
     * notes, what its date is inferred from), those it has; the {@link TermIndex} keeps them with the
     * row, and the {@link #sharedFields} once for all the rows that share them.
     */
    static List<String> ownFields(DecisionRow row) {
        List<String> fields = new ArrayList<>(5);
        present(fields, row.summary(), row.rationale(), row.source() == null ? null : row.source().quote(), row.note(),
                row.dateInferredFrom());
        return fields;
    }

    /** The fields free text is looked for in that many rows share (body, deciders, subject and function, source document), those it has. */
    static List<String> sharedFields(DecisionRow row) {
        List<String> fields = new ArrayList<>(8);
        present(fields, row.body());
        if (row.decidedBy() != null) {
            row.decidedBy().forEach(decider -> present(fields, decider));
        }
        present(fields, row.subject().id(), row.subjectName(), row.function(), row.functionName(),
                row.source() == null ? null : row.source().document());
        return fields;
    }

    /** Adds those of {@code values} that are not null (loops, not streams: the register files every event through here). */
    private static void present(List<String> fields, String... values) {
        for (String value : values) {
            if (value != null) {
                fields.add(value);
            }
        }
    }

    static boolean contains(String text, String part) {
        return text != null && comparable(text).contains(comparable(part));
    }

    static String comparable(String text) {
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
}
