package org.allianceledger.decisions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Token to its number; only the adding thread uses it. */
    private final TokenNumbers numbers = new TokenNumbers();
    /** Each field value many rows share (a body, a decider, a source) as a search compares it, made once; only the adding thread uses it. */
    private final Map<String, String> sharedText = new HashMap<>();
    private final Encoder encoder = new Encoder();

    /**
     * Files row {@code number} (the count of rows filed before it) with the text of its {@code own}
     * fields followed by the fields it {@code shares} with other rows.
     */
    void add(int number, List<String> own, List<String> shares) {
        if (number != rows.size()) {
            throw new IllegalArgumentException("Row " + number + " filed after " + rows.size() + " rows");
        }
        rows.add(encoder.encode(number, own, shares)); // published after its tokens and postings
    }

    /**
     * Writes rows' token numbers, joining each field's edge separators with the mark between fields
     * into one token; one at a time, on the adding thread, into a buffer kept from row to row.
     */
    private final class Encoder {

        private final StringBuilder pending = new StringBuilder();
        private byte[] bytes = new byte[256];
        private int length;
        private int row;
        private int fields;

        byte[] encode(int number, List<String> own, List<String> shares) {
            row = number;
            length = 0;
            pending.setLength(0);
            fields = 0;
            own.forEach(field -> field(SearchText.comparable(field)));
            shares.forEach(field -> field(sharedText.computeIfAbsent(field, SearchText::comparable)));
            flushSeparator();
            return Arrays.copyOf(bytes, length);
        }

        /** Writes one field's tokens: its runs of term characters, and of others between them. */
        private void field(String text) {
            if (fields++ > 0) {
                pending.append(BETWEEN);
            }
            for (int start = 0, end; start < text.length(); start = end) {
                end = runEnd(text, start);
                if (!termCharacter(text.charAt(start))) {
                    pending.append(text, start, end);
                    continue;
                }
                flushSeparator();
                int found = number(text, start, end);
                write(found);
                postings.get(found).add(row);
            }
        }

        private void flushSeparator() {
            if (!pending.isEmpty()) {
                write(number(pending, 0, pending.length()));
                pending.setLength(0);
            }
        }

        private void write(int token) {
            if (length + 5 > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            length = Varint.write(bytes, length, token);
        }
    }

    /** The number of the token {@code text[start, end)}, numbered next the first time it is filed. */
    private int number(CharSequence text, int start, int end) {
        int known = numbers.find(text, start, end);
        if (known >= 0) {
            return known;
        }
        String token = text.subSequence(start, end).toString();
        int number = numbers.add(token);
        postings.add(isTerm(token) ? new Postings() : null);
        tokens.add(token); // published last: a reader that sees the token sees its postings
        return number;
    }

    /** The tokens of {@code text}, in order: terms and the separators between them, alternately. */
    static List<String> tokensOf(String text) {
        List<String> found = new ArrayList<>();
        for (int start = 0, end; start < text.length(); start = end) {
            end = runEnd(text, start);
            found.add(text.substring(start, end));
        }
        return found;
    }

    /** Where the token starting at {@code start} ends: the run of term characters, or of others, from there. */
    private static int runEnd(String text, int start) {
        boolean term = termCharacter(text.charAt(start));
        int end = start + 1;
        while (end < text.length() && termCharacter(text.charAt(end)) == term) {
            end++;
        }
        return end;
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
                    : tokensWhere(known, isTerm(part), token -> token.equals(part));
            if (accepted[at].isEmpty()) {
                return IntStream.empty();
            }
        }
        Pattern pattern = new Pattern(accepted);
        return candidates(accepted, rowCount).filter(row -> pattern.in(rows.get(row)));
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

    /**
     * The searched text as the token numbers each of its parts accepts, matched against rows' tokens;
     * one search's, on one thread.
     */
    private static final class Pattern {

        private final BitSet[] accepted;
        private int[] tokens = new int[256];

        Pattern(BitSet[] accepted) {
            this.accepted = accepted;
        }

        /** Whether the row's tokens hold the parts in a run. */
        boolean in(byte[] row) {
            int count = 0;
            for (Varint.Reader reader = new Varint.Reader(row); reader.more(); count++) {
                if (count == tokens.length) {
                    tokens = Arrays.copyOf(tokens, count * 2);
                }
                tokens[count] = reader.next();
            }
            BitSet first = accepted[0];
            for (int start = 0; start + accepted.length <= count; start++) {
                if (first.get(tokens[start]) && restFrom(start)) {
                    return true;
                }
            }
            return false;
        }

        private boolean restFrom(int start) {
            for (int part = 1; part < accepted.length; part++) {
                if (!accepted[part].get(tokens[start + part])) {
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
