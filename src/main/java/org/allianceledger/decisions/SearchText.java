package org.allianceledger.decisions;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;


/**
 * Text as a search compares it: lower case, each run of white space one space, none at the ends.
 * What a person types seldom matches a document's line breaks and double spaces.
 */
final class SearchText {

    /** Between the fields of a row's text: no typed text holds it, so no match runs from one field into the next. */
    private static final String BETWEEN = "\u0000";

    private SearchText() {
    }

    /** The fields free text is looked for in: summary, rationale, quote, notes, body, deciders, subject and function, source. */
    static String of(DecisionRow row) {
        return Stream.concat(ownFields(row).stream(), sharedFields(row).stream()).map(SearchText::comparable)
                .collect(Collectors.joining(BETWEEN));
    }

    /** {@link #of}'s fields that are the row's own text (summary, rationale, quote, notes), those it has. */
    static List<String> ownFields(DecisionRow row) {
        return present(Stream.of(row.summary(), row.rationale(), row.source() == null ? null : row.source().quote(), row.note(),
                row.dateInferredFrom()));
    }

    /** {@link #of}'s fields that many rows share (body, deciders, subject and function, source document), those it has. */
    static List<String> sharedFields(DecisionRow row) {
        return present(Stream.concat(Stream.concat(Stream.of(row.body()), row.decidedBy() == null ? Stream.empty() : row.decidedBy().stream()),
                Stream.of(row.subject().id(), row.subjectName(), row.function(), row.functionName(),
                        row.source() == null ? null : row.source().document())));
    }

    private static List<String> present(Stream<String> fields) {
        return fields.filter(Objects::nonNull).toList();
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
