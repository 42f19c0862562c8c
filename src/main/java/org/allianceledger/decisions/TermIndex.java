package org.allianceledger.decisions;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Free text's index: each term of the rows' text (a run of letters and digits, lower case) to the
 * ordinals of the rows that hold it. A search's words each lie inside some term of a row that holds
 * the text searched for, so the rows holding, for every word, a term that contains it are the only
 * ones the search need compare. One thread adds, any number read.
 */
final class TermIndex {

    private final Map<String, Ordinals> rows = new ConcurrentHashMap<>();

    /** Ordinals appended by one thread, read by any (as {@link Appended}, without boxing). */
    private static final class Ordinals {
        private volatile int[] items = new int[4];
        private volatile int size;

        void add(int ordinal) {
            int[] current = items;
            if (size == current.length) {
                current = Arrays.copyOf(current, current.length * 2);
                items = current;
            }
            current[size] = ordinal;
            size = size + 1;
        }

        int[] snapshot() {
            int count = size;
            return Arrays.copyOf(items, count);
        }
    }

    void add(int ordinal, String text) {
        for (String term : terms(text)) {
            rows.computeIfAbsent(term, t -> new Ordinals()).add(ordinal);
        }
    }

    /**
     * The ordinals, ascending, of the rows that may hold {@code text}; empty when {@code text} has no
     * letter or digit to look up (then every row may).
     */
    Optional<int[]> candidates(String text) {
        Set<String> words = terms(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int[] candidates = null;
        for (String word : words) {
            int[] holding = rows.entrySet().stream().filter(entry -> entry.getKey().contains(word))
                    .map(entry -> entry.getValue().snapshot()).flatMapToInt(Arrays::stream).sorted().distinct().toArray();
            candidates = candidates == null ? holding : intersection(candidates, holding);
            if (candidates.length == 0) {
                break;
            }
        }
        return Optional.of(candidates);
    }

    private static int[] intersection(int[] a, int[] b) {
        int[] both = new int[Math.min(a.length, b.length)];
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                both[n++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(both, n);
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
