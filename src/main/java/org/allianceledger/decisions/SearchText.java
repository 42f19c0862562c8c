package org.allianceledger.decisions;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.allianceledger.alliance.SourceRef;

/**
 * Text as a search compares it: lower case, each run of white space one space, none at the ends.
 * What a person types seldom matches a document's line breaks and double spaces.
 */
final class SearchText {

    /** Between the fields of a row's text: no typed text holds it, so no match runs from one field into the next. */
    private static final String BETWEEN = "\u0000";

    private SearchText() {
    }

    /** The fields free text is looked for in: summary, rationale, body, deciders, subject and function, source, quote and notes. */
    static String of(DecisionRow row) {
        return fields(row).stream().map(SearchText::comparable).collect(Collectors.joining(BETWEEN));
    }

    /** {@link #of}'s fields as they stand, those the row has. */
    static List<String> fields(DecisionRow row) {
        SourceRef source = row.source();
        return Stream.of(Stream.of(row.summary(), row.rationale(), row.body()), row.decidedBy() == null ? Stream.<String>empty()
                                : row.decidedBy().stream(),
                        Stream.of(row.subject().id(), row.subjectName(), row.function(), row.functionName(),
                                source == null ? null : source.document(), source == null ? null : source.quote(),
                                row.note(), row.dateInferredFrom()))
                .flatMap(field -> field)
                .filter(Objects::nonNull)
                .toList();
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
