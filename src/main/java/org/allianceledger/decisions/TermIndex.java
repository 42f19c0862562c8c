package org.allianceledger.decisions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.allianceledger.readmodel.StateInput;
import org.allianceledger.readmodel.StateOutput;

/**
 * Free text's index, which answers a search on its own, exactly as comparing each of a row's fields
 * ({@link SearchText#comparable}) with the text would: no match runs from one field into the next.
 * Text is kept as the numbers of its tokens: the runs of letters and digits (terms) and the runs of
 * everything else between them (separators), each distinct token written out once, each number in as
 * few bytes as it needs. A row keeps its own fields' tokens (summary, rationale, quote...), a mark
 * between fields, and the numbers of the values it shares with other rows (a body, a decider, a
 * source), whose tokens are kept once. Each term's rows are listed too, so a search reads only the rows
 * holding its rarest term. One thread adds, any number read.
 *
 * <p>Text searched for lies in a field where its first token ends a token of the field, its middle
 * tokens are the field's next tokens, and its last token begins the token after them; a search of one
 * token lies inside one token of the field.
 */
final class TermIndex {

    /** Between the fields of a row: no typed text holds it, and text that holds it is in no field. */
    static final String BETWEEN = "\u0000";

    private final Appended<String> tokens = new Appended<>();
    /** Each term's rows, at its token's number; none at a separator's. */
    private final Appended<Postings> postings = new Appended<>();
    /** Each row: the count of the values it shares, their numbers, then its own fields' tokens. */
    private final Appended<byte[]> rows = new Appended<>();
    /** Each shared value's tokens, at the value's number. */
    private final Appended<byte[]> sharedValues = new Appended<>();
    /** Token to its number; only the adding thread uses it. */
    private final TokenNumbers numbers = new TokenNumbers();
    /** Each shared value to its number and its distinct terms; only the adding thread uses it. */
    private final Map<String, Shared> shared = new HashMap<>();
    private final Encoder encoder = new Encoder();
    private final int between = number(BETWEEN, 0, BETWEEN.length());

    /** A value many rows share: its number and the numbers of its distinct terms. */
    private record Shared(int number, int[] terms) {
    }

    /**
     * Files row {@code number} (the count of rows filed before it) with the text of its {@code own}
     * fields and the fields it {@code shares} with other rows.
     */
    void add(int number, List<String> own, List<String> shares) {
        if (number != rows.size()) {
            throw new IllegalArgumentException("Row " + number + " filed after " + rows.size() + " rows");
        }
        rows.add(encoder.row(number, own, shares)); // published after its tokens, shared values and postings
    }

    /** Writes the index for {@link #read} (the register's state). */
    void write(StateOutput out) throws IOException {
        int tokenCount = tokens.size();
        out.count(tokenCount);
        for (int number = 0; number < tokenCount; number++) {
            out.text(tokens.get(number));
            Postings rowsHolding = postings.get(number);
            out.count(rowsHolding == null ? 0 : 1);
            if (rowsHolding != null) {
                rowsHolding.write(out);
            }
        }
        writeAll(sharedValues, out);
        out.count(shared.size());
        for (Map.Entry<String, Shared> value : shared.entrySet()) {
            out.text(value.getKey());
            out.count(value.getValue().number());
            out.count(value.getValue().terms().length);
            for (int term : value.getValue().terms()) {
                out.count(term);
            }
        }
        writeAll(rows, out);
    }

    private static void writeAll(Appended<byte[]> all, StateOutput out) throws IOException {
        int count = all.size();
        out.count(count);
        for (int n = 0; n < count; n++) {
            out.bytes(all.get(n), all.get(n).length);
        }
    }

    /** The index {@link #write} wrote. */
    static TermIndex read(StateInput in) throws IOException {
        TermIndex index = new TermIndex();
        int tokenCount = in.count();
        for (int number = 0; number < tokenCount; number++) {
            String token = in.text();
            Postings rowsHolding = in.count() == 0 ? null : Postings.read(in);
            if (number == index.between) {
                continue; // numbered when the index was made
            }
            if (index.numbers.add(token) != number) {
                throw new IOException("Token " + number + " read out of order");
            }
            index.postings.add(rowsHolding);
            index.tokens.add(token);
        }
        for (int n = in.count(); n > 0; n--) {
            index.sharedValues.add(in.bytes());
        }
        for (int n = in.count(); n > 0; n--) {
            String value = in.text();
            int number = in.count();
            int[] terms = new int[in.count()];
            for (int t = 0; t < terms.length; t++) {
                terms[t] = in.count();
            }
            index.shared.put(value, new Shared(number, terms));
        }
        for (int n = in.count(); n > 0; n--) {
            index.rows.add(in.bytes());
        }
        return index;
    }

    /** Writes token numbers one text at a time, on the adding thread, into a buffer kept from text to text. */
    private final class Encoder {

        private byte[] bytes = new byte[256];
        private int length;

        byte[] row(int number, List<String> own, List<String> shares) {
            // The shared values first: one not shared before is written in the same buffer.
            Shared[] values = new Shared[shares.size()];
            for (int n = 0; n < values.length; n++) {
                values[n] = shared.computeIfAbsent(shares.get(n), this::share);
            }
            length = 0;
            write(values.length);
            for (Shared value : values) {
                write(value.number());
                for (int term : value.terms()) {
                    postings.get(term).add(number);
                }
            }
            return tokens(own, number);
        }

        /** A value first shared: its tokens kept once, under the next number. */
        private Shared share(String value) {
            length = 0;
            byte[] valueTokens = tokens(List.of(value), -1);
            int[] terms = Arrays.stream(Varint.read(valueTokens, Integer.MAX_VALUE)).filter(token -> postings.get(token) != null)
                    .distinct().toArray();
            sharedValues.add(valueTokens);
            return new Shared(sharedValues.size() - 1, terms);
        }

        /**
         * The buffer with the tokens of {@code fields} (comparable) after what it holds, the mark between
         * fields; each term's postings given {@code row} unless it is -1.
         */
        private byte[] tokens(List<String> fields, int row) {
            for (int field = 0; field < fields.size(); field++) {
                if (field > 0) {
                    write(between);
                }
                String text = SearchText.comparable(fields.get(field));
                for (int start = 0, end; start < text.length(); start = end) {
                    end = runEnd(text, start);
                    int token = number(text, start, end);
                    write(token);
                    if (row >= 0 && postings.get(token) != null) {
                        postings.get(token).add(row);
                    }
                }
            }
            return Arrays.copyOf(bytes, length);
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
        if (text.contains(BETWEEN)) {
            return IntStream.empty();
        }
        List<String> searched = tokensOf(SearchText.comparable(text));
        int rowCount = rows.size();
        // Read after the rows: every token and shared value of those rows is in.
        int known = tokens.size();
        int sharedCount = sharedValues.size();
        if (searched.isEmpty()) {
            return IntStream.range(0, rowCount);
        }
        int last = searched.size() - 1;
        BitSet[] accepted = new BitSet[searched.size()];
        for (int at = 0; at <= last; at++) {
            String part = searched.get(at);
            Predicate<String> fits = last == 0 ? token -> token.contains(part)
                    : at == 0 ? token -> token.endsWith(part)
                    : at == last ? token -> token.startsWith(part)
                    : token -> token.equals(part);
            accepted[at] = tokensWhere(known, isTerm(part), fits);
            if (accepted[at].isEmpty()) {
                return IntStream.empty();
            }
        }
        Pattern pattern = new Pattern(accepted, sharedCount);
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
     * The searched text as the token numbers each of its parts accepts, matched against rows' own
     * tokens and their shared values' (each value matched once a search); one search's, on one thread.
     */
    private final class Pattern {

        private static final byte UNSEEN = 0;
        private static final byte HOLDS = 1;
        private static final byte LACKS = 2;

        private final BitSet[] accepted;
        /** Whether each shared value holds the text, as far as this search has looked. */
        private final byte[] shares;
        private int[] tokens = new int[256];

        Pattern(BitSet[] accepted, int sharedCount) {
            this.accepted = accepted;
            this.shares = new byte[sharedCount];
        }

        /** Whether the row's own tokens, or a value it shares, hold the parts in a run. */
        boolean in(byte[] row) {
            Varint.Reader reader = new Varint.Reader(row);
            int[] values = new int[reader.next()];
            Arrays.setAll(values, value -> reader.next());
            if (holds(reader)) {
                return true;
            }
            for (int value : values) {
                if (shares[value] == UNSEEN) {
                    shares[value] = holds(new Varint.Reader(sharedValues.get(value))) ? HOLDS : LACKS;
                }
                if (shares[value] == HOLDS) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the tokens {@code reader} has left hold the parts in a run. */
        private boolean holds(Varint.Reader reader) {
            int count = 0;
            for (; reader.more(); count++) {
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

        void write(StateOutput out) throws IOException {
            out.bytes(bytes, length);
            out.count(size);
            out.number(last);
        }

        static Postings read(StateInput in) throws IOException {
            Postings read = new Postings();
            read.bytes = in.bytes();
            read.length = read.bytes.length;
            read.size = in.count();
            read.last = in.intNumber();
            return read;
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
