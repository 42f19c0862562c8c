package org.allianceledger.decisions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Free text's index, which answers a search on its own, exactly as comparing each row's text
 * ({@link SearchText#comparable}, its fields joined by a character no typed text holds) would. Each
 * row's text is kept as the numbers of its tokens: the runs of letters and digits (terms) and the runs
 * of everything else between them (separators), each distinct token written out once for all rows,
 * a row's numbers in as few bytes as each needs. Each term's rows are listed too, so a search reads
 * only the rows holding its rarest term. One thread adds, any number read.
 *
 * <p>Text searched for lies in a row's text where its first token ends a token of the row, its
 * middle tokens are the row's next tokens, and its last token begins the token after them; a search
 * of one token lies inside one token of the row.
 */
final class TermIndex {

    /** Between the fields of a row's text: no typed text holds it, so no match runs from one field into the next. */
    static final String BETWEEN = "\u0000";

    private final Appended<String> tokens = new Appended<>();
    /** Each term's rows, at its token's number; none at a separator's. */
    private final Appended<Postings> postings = new Appended<>();
    private final Appended<byte[]> rows = new Appended<>();
    /** Token to its number. */
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    /** The tokens of each field value many rows share (a body, a decider, a source), split once; only the adding thread uses it. */
    private final Map<String, List<String>> sharedTokens = new HashMap<>();

    /**
     * Files row {@code number} (the count of rows filed before it) with the text of its {@code own}
     * fields followed by the fields it {@code shares} with other rows.
     */
    void add(int number, List<String> own, List<String> shares) {
        if (number != rows.size()) {
            throw new IllegalArgumentException("Row " + number + " filed after " + rows.size() + " rows");
        }
        Encoder row = new Encoder(number);
        own.forEach(field -> row.field(tokensOf(SearchText.comparable(field))));
        shares.forEach(field -> row.field(sharedTokens.computeIfAbsent(field, value -> tokensOf(SearchText.comparable(value)))));
        rows.add(row.bytes()); // published after its tokens and postings
    }

    /** Writes one row's token numbers, joining each field's edge separators with the mark between fields into one token. */
    private final class Encoder {

        private final int row;
        private byte[] bytes = new byte[64];
        private int length;
        private boolean first = true;
        private String pending = "";

        Encoder(int row) {
            this.row = row;
        }

        void field(List<String> fieldTokens) {
            if (!first) {
                pending += BETWEEN;
            }
            first = false;
            for (String token : fieldTokens) {
                if (!isTerm(token)) {
                    pending += token;
                    continue;
                }
                flushSeparator();
                int term = number(token);
                write(term);
                postings.get(term).add(row);
            }
        }

        private void flushSeparator() {
            if (!pending.isEmpty()) {
                write(number(pending));
                pending = "";
            }
        }

        private void write(int token) {
            if (length + 5 > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            length = Varint.write(bytes, length, token);
        }

        byte[] bytes() {
            flushSeparator();
            return Arrays.copyOf(bytes, length);
        }
    }

    private int number(String token) {
        Integer known = numbers.get(token);
        if (known != null) {
            return known;
        }
        int number = tokens.size();
        numbers.put(token, number);
        postings.add(isTerm(token) ? new Postings() : null);
        tokens.add(token); // published last: a reader that sees the token sees its postings
        return number;
    }

    /** The tokens of {@code text}, in order: terms and the separators between them, alternately. */
    static List<String> tokensOf(String text) {
        List<String> found = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || termCharacter(text.charAt(i)) != termCharacter(text.charAt(start))) {
                found.add(text.substring(start, i));
                start = i;
            }
        }
        return found;
    }

    private static boolean isTerm(String token) {
        return termCharacter(token.charAt(0));
    }

    private static boolean termCharacter(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    /** The numbers of the rows, rising, whose text holds {@code text} (as {@link SearchText#comparable} writes it). */
    IntStream rowsHolding(String text) {
        List<String> searched = tokensOf(SearchText.comparable(text));
        int rowCount = rows.size();
        int known = tokens.size(); // read after the rows: every token of those rows is in
        if (searched.isEmpty()) {
            return IntStream.range(0, rowCount);
        }
        int last = searched.size() - 1;
        BitSet[] accepted = new BitSet[searched.size()];
        for (int at = 0; at <= last; at++) {
            String part = searched.get(at);
            accepted[at] = last == 0 ? tokensWhere(known, isTerm(part), token -> token.contains(part))
                    : at == 0 ? tokensWhere(known, isTerm(part), token -> token.endsWith(part))
                    : at == last ? tokensWhere(known, isTerm(part), token -> token.startsWith(part))
                    : exactly(part, known);
            if (accepted[at].isEmpty()) {
                return IntStream.empty();
            }
        }
        Pattern pattern = new Pattern(accepted);
        return candidates(accepted, rowCount).filter(row -> pattern.in(rows.get(row)));
    }

    /** The number of {@code token} if it is among the first {@code known}, as a set. */
    private BitSet exactly(String token, int known) {
        BitSet found = new BitSet();
        Integer number = numbers.get(token);
        if (number != null && number < known) {
            found.set(number);
        }
        return found;
    }

    /** The numbers of the tokens among the first {@code known} of one kind (terms or separators) that {@code test} accepts. */
    private BitSet tokensWhere(int known, boolean terms, Predicate<String> test) {
        BitSet found = new BitSet();
        for (int n = 0; n < known; n++) {
            String token = tokens.get(n);
            if (isTerm(token) == terms && test.test(token)) {
                found.set(n);
            }
        }
        return found;
    }

    /** The rows holding one of the searched terms its rarest part accepts; every row when no part is a term. */
    private IntStream candidates(BitSet[] accepted, int rowCount) {
        BitSet rarest = null;
        long fewest = Long.MAX_VALUE;
        for (BitSet part : accepted) {
            if (postings.get(part.nextSetBit(0)) == null) {
                continue; // a separator's: most rows hold it
            }
            long holding = part.stream().mapToLong(term -> postings.get(term).size()).sum();
            if (holding < fewest) {
                fewest = holding;
                rarest = part;
            }
        }
        if (rarest == null) {
            return IntStream.range(0, rowCount);
        }
        if (rarest.cardinality() == 1) {
            return Arrays.stream(postings.get(rarest.nextSetBit(0)).numbers()).filter(row -> row < rowCount);
        }
        return rarest.stream().flatMap(term -> Arrays.stream(postings.get(term).numbers())).filter(row -> row < rowCount)
                .sorted().distinct();
    }

    /** The searched text as the token numbers each of its parts accepts, matched against a row's tokens. */
    private record Pattern(BitSet[] accepted) {

        /** Whether the row's tokens hold the parts in a run; decoded one by one, stopping at the first run found. */
        boolean in(byte[] row) {
            int parts = accepted.length;
            int[] window = new int[parts]; // the last tokens read, round
            Varint.Reader tokens = new Varint.Reader(row);
            for (int read = 0; tokens.more(); read++) {
                window[read % parts] = tokens.next();
                if (read + 1 >= parts && endsHere(window, read + 1)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the {@code parts} tokens up to the {@code count}-th read are a run of the parts. */
        private boolean endsHere(int[] window, int count) {
            int parts = accepted.length;
            for (int part = 0; part < parts; part++) {
                if (!accepted[part].get(window[(count - parts + part) % parts])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Numbers written in as few bytes as each needs, seven bits a byte, the last byte's high bit clear. */
    static final class Varint {

        private Varint() {
        }

        /** Writes {@code value} (0 or more) at {@code at}; where the next one goes. */
        static int write(byte[] bytes, int at, int value) {
            for (int rest = value; ; rest >>>= 7) {
                if (rest < 0x80) {
                    bytes[at++] = (byte) rest;
                    return at;
                }
                bytes[at++] = (byte) (rest & 0x7f | 0x80);
            }
        }

        /** The first {@code count} numbers of {@code bytes}, or as many as it holds. */
        static int[] read(byte[] bytes, int count) {
            int[] values = new int[Math.min(count, bytes.length)];
            Reader reader = new Reader(bytes);
            int read = 0;
            while (read < values.length && reader.more()) {
                values[read++] = reader.next();
            }
            return read == values.length ? values : Arrays.copyOf(values, read);
        }

        /** Reads the numbers of {@code bytes} one by one. */
        static final class Reader {

            private final byte[] bytes;
            private int at;

            Reader(byte[] bytes) {
                this.bytes = bytes;
            }

            boolean more() {
                return at < bytes.length;
            }

            int next() {
                int value = 0;
                for (int shift = 0; ; shift += 7) {
                    byte b = bytes[at++];
                    value |= (b & 0x7f) << shift;
                    if (b >= 0) {
                        return value;
                    }
                }
            }
        }
    }

    /**
     * A term's row numbers, rising, each written as its distance from the one before: a term most rows
     * hold costs about a byte a row. A reader sees every number added before it read the count: the
     * bytes are in place before the count is published.
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
            length = Varint.write(current, length, number - last);
            last = number;
            size = size + 1; // published after its bytes
        }

        int size() {
            return size;
        }

        int[] numbers() {
            int count = size;
            // Read after the count: this array, or a later copy, holds every byte counted.
            int[] numbers = Varint.read(bytes, count);
            for (int n = 0, number = -1; n < numbers.length; n++) { // gaps to numbers, the first gap from -1
                number += numbers[n];
                numbers[n] = number;
            }
            return numbers;
        }
    }
}
