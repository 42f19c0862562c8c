package org.allianceledger.decisions;

import java.util.Arrays;

/**
 * The number of each token the term index has written out, found from a run of characters without
 * making a string of it: filing a row looks up hundreds of tokens, nearly all known already. Only the
 * adding thread uses it.
 */
final class TokenNumbers {

    /** Each slot a token's number plus one, or 0 where empty; at most half full. */
    private int[] slots = new int[1 << 12];
    private String[] tokens = new String[1 << 11];
    private int size;

    /** The number of the token {@code text[start, end)}, or -1 where it has none yet. */
    int find(CharSequence text, int start, int end) {
        int mask = slots.length - 1;
        for (int at = hash(text, start, end) & mask; slots[at] != 0; at = (at + 1) & mask) {
            String token = tokens[slots[at] - 1];
            if (sameText(token, text, start, end)) {
                return slots[at] - 1;
            }
        }
        return -1;
    }

    /** Numbers {@code token} next, which has no number yet; its number. */
    int add(String token) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (size == tokens.length) {
            tokens = Arrays.copyOf(tokens, size * 2);
        }
        tokens[size] = token;
        place(size);
        return size++;
    }

    private void place(int number) {
        String token = tokens[number];
        int mask = slots.length - 1;
        int at = hash(token, 0, token.length()) & mask;
        while (slots[at] != 0) {
            at = (at + 1) & mask;
        }
        slots[at] = number + 1;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        for (int number = 0; number < size; number++) {
            place(number);
        }
    }

    /** As {@link String#hashCode}, spread so that runs of near keys fall apart. */
    private static int hash(CharSequence text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash ^ (hash >>> 16);
    }

    private static boolean sameText(String token, CharSequence text, int start, int end) {
        if (token.length() != end - start) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) != text.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }
}
