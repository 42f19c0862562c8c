package org.allianceledger.decisions;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.allianceledger.decisions.DecisionRegister.Filed;

/**
 * Free text's index: each term of the rows' text (a run of letters and digits, lower case) to the
 * rows that hold it. Each word of a search lies inside some term of every row that holds the text
 * searched for, so the rows with a term containing its rarest word are the only ones the search need
 * compare. One thread adds, any number read.
 */
final class TermIndex {

    private final Map<String, Appended<Filed>> rows = new ConcurrentHashMap<>();

    void add(Filed filed, String text) {
        for (String term : terms(text)) {
            rows.computeIfAbsent(term, t -> new Appended<>()).add(filed);
        }
    }

    /**
     * The rows, in the order they were filed, that may hold {@code text}: those of its rarest word
     * (the others are checked on them by the search). Empty when {@code text} has no letter or digit
     * to look up (then every row may).
     */
    Optional<List<Filed>> candidates(String text) {
        return terms(text).stream()
                .map(word -> rows.entrySet().stream().filter(entry -> entry.getKey().contains(word)).map(Map.Entry::getValue).toList())
                .min(Comparator.comparingInt(holding -> holding.stream().mapToInt(Appended::size).sum()))
                .map(holding -> holding.stream().flatMap(Appended::stream).distinct()
                        .sorted(Comparator.comparingLong(filed -> filed.time().position())).toList());
    }

    /** The distinct terms of {@code text}, as {@link SearchText#comparable} writes it. */
    static Set<String> terms(String text) {
        String plain = SearchText.comparable(text);
        Set<String> terms = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= plain.length(); i++) {
            boolean inTerm = i < plain.length() && termCharacter(plain.charAt(i));
            if (inTerm && start < 0) {
                start = i;
            } else if (!inTerm && start >= 0) {
                terms.add(plain.substring(start, i));
                start = -1;
            }
        }
        return terms;
    }

    private static boolean termCharacter(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }
}
