package org.allianceledger.decisions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Free text's index: each term of the rows' text (a run of letters and digits, lower case) to the
 * numbers of the rows that hold it, in the order they were filed. Each word of a search lies inside
 * some term of every row that holds the text searched for, so the rows with a term containing its
 * rarest word are the only ones the search need compare. One thread adds, any number read.
 */
final class TermIndex {

    private final Map<String, Postings> rows = new ConcurrentHashMap<>();

    /**
     * The terms of each field value many rows share (a body, a decider, a source), worked out once:
     * their postings. Only the adding thread uses it.
     */
    private final Map<String, Postings[]> sharedTerms = new HashMap<>();

    /**
     * Files row {@code number} (numbers rise as rows are filed) under each term of its {@code own}
     * fields and of the fields it {@code shares} with other rows.
     */
    void add(int number, List<String> own, List<String> shares) {
        for (String field : own) {
            for (String term : termsOf(field)) {
                postings(term).add(number);
            }
        }
        for (String field : shares) {
            for (Postings postings : sharedTerms.computeIfAbsent(field,
                    value -> termsOf(value).stream().distinct().map(this::postings).toArray(Postings[]::new))) {
                postings.add(number);
            }
        }
    }

    private Postings postings(String term) {
        return rows.computeIfAbsent(term, t -> new Postings());
    }

    /** The terms of one field, in order, repeats included. */
    private static List<String> termsOf(String field) {
        String plain = field.toLowerCase(Locale.ROOT);
        List<String> terms = new ArrayList<>();
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

    /**
     * The numbers of the rows, in the order they were filed, that may hold {@code text}: those of its
     * rarest word (the others are checked on them by the search), as {@code row} resolves them. Empty
     * when {@code text} has no letter or digit to look up (then every row may).
     */
    <R> Optional<List<R>> candidates(String text, IntFunction<R> row) {
        return terms(text).stream()
                .map(word -> rows.entrySet().stream().filter(entry -> entry.getKey().contains(word)).map(Map.Entry::getValue).toList())
                .min(Comparator.comparingInt(holding -> holding.stream().mapToInt(Postings::size).sum()))
                .map(holding -> holding.stream().flatMapToInt(postings -> Arrays.stream(postings.numbers())).sorted().distinct()
                        .mapToObj(row).toList());
    }

    /** The distinct terms of {@code text}, as {@link SearchText#comparable} writes it. */
    static Set<String> terms(String text) {
        return new HashSet<>(termsOf(SearchText.comparable(text)));
    }

    private static boolean termCharacter(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    /**
     * A term's row numbers, rising, each written as its distance from the one before in as few bytes
     * as it needs (seven bits a byte): a term most rows hold costs about a byte a row. A reader sees
     * every number added before it read the count: the bytes are in place before the count is published.
     */
    private static final class Postings {

        private volatile byte[] bytes = new byte[4];
        private volatile int length;
        private volatile int size;
        private int last = -1;

        void add(int number) {
            if (number == last) {
                return; // the term again in the same row
            }
            byte[] current = bytes;
            if (length + 5 > current.length) {
                current = Arrays.copyOf(current, current.length * 2);
                bytes = current;
            }
            int at = length;
            for (int gap = number - last; ; gap >>>= 7) {
                if (gap < 0x80) {
                    current[at++] = (byte) gap;
                    break;
                }
                current[at++] = (byte) (gap & 0x7f | 0x80);
            }
            last = number;
            length = at;
            size = size + 1; // published after its bytes
        }

        int size() {
            return size;
        }

        int[] numbers() {
            int count = size;
            byte[] data = bytes; // read after the count: this array, or a later copy, holds every byte counted
            int[] numbers = new int[count];
            int number = -1;
            int at = 0;
            for (int n = 0; n < count; n++) {
                int gap = 0;
                for (int shift = 0; ; shift += 7) {
                    byte b = data[at++];
                    gap |= (b & 0x7f) << shift;
                    if (b >= 0) {
                        break;
                    }
                }
                number += gap;
                numbers[n] = number;
            }
            return numbers;
        }
    }
}
