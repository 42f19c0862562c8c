package org.allianceledger.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 §2.1 over a list that only grows: leaf hash SHA-256(0x00 || leaf),
 * node hash SHA-256(0x01 || left || right), a tree of n leaves split at the largest power of two
 * smaller than n. It keeps the hash of every perfect subtree that is complete (level h holds one per
 * 2^h leaves, about 2n hashes in all), so appending costs O(1) hashes amortized, and the root of
 * any earlier size, an inclusion path or a consistency proof costs O(log n) look-ups: every subtree
 * the RFC's recursion visits starts at a multiple of its own largest power of two, so it is a
 * stored perfect subtree followed by a right spine of O(log n) of them.
 */
final class MerkleTree {

    static final int HASH_BYTES = 32;
    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    /** levels.get(h): the hashes of the complete perfect subtrees of 2^h leaves, left to right. */
    private final List<Hashes> levels = new ArrayList<>();

    long size() {
        return levels.isEmpty() ? 0 : levels.get(0).count();
    }

    /** Appends the leaf whose hash is {@code leafHash} (see {@link #leafHash}). */
    void append(byte[] leafHash) {
        if (levels.isEmpty()) {
            levels.add(new Hashes());
        }
        levels.get(0).add(leafHash);
        long index = size() - 1;
        for (int level = 0; (index & 1) == 1; level++, index >>= 1) {
            if (levels.size() == level + 1) {
                levels.add(new Hashes());
            }
            Hashes below = levels.get(level);
            levels.get(level + 1).add(nodeHash(below.get(index - 1), below.get(index)));
        }
    }

    /** The hash of leaf {@code index}, as appended. */
    byte[] leafHash(long index) {
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException("the tree has no leaf " + index);
        }
        return levels.get(0).get(index);
    }

    /** MTH(D[0:n]): the root of the tree of the first {@code n} leaves. */
    byte[] root(long n) {
        checkSize(n);
        return n == 0 ? sha256(new byte[0]) : hash(0, n);
    }

    /** PATH(m, D[0:n]) of RFC 9162 §2.1.3.1: the audit path of leaf {@code m} in the tree of {@code n} leaves. */
    List<byte[]> inclusionPath(long m, long n) {
        checkSize(n);
        if (m < 0 || m >= n) {
            throw new IllegalArgumentException("leaf " + m + " is not in a tree of " + n);
        }
        List<byte[]> path = new ArrayList<>();
        path(m, 0, n, path);
        return path;
    }

    private void path(long m, long start, long n, List<byte[]> path) {
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, start, k, path);
            path.add(hash(start + k, n - k));
        } else {
            path(m - k, start + k, n - k, path);
            path.add(hash(start, k));
        }
    }

    /** PROOF(m, D[0:n]) of RFC 9162 §2.1.4.1: that the tree of {@code m} leaves is a prefix of the tree of {@code n}. */
    List<byte[]> consistencyProof(long m, long n) {
        checkSize(n);
        if (m < 1 || m > n) {
            throw new IllegalArgumentException("a consistency proof needs 0 < " + m + " <= " + n);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(m, 0, n, true, proof);
        return proof;
    }

    private void subproof(long m, long start, long n, boolean complete, List<byte[]> proof) {
        if (m == n) {
            if (!complete) {
                proof.add(hash(start, n));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, k, complete, proof);
            proof.add(hash(start + k, n - k));
        } else {
            subproof(m - k, start + k, n - k, false, proof);
            proof.add(hash(start, k));
        }
    }

    /** MTH(D[start:start+n]), n > 0, for a subtree of the RFC's recursion. */
    private byte[] hash(long start, long n) {
        int level = Long.numberOfTrailingZeros(n);
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return levels.get(level).get(start >> level);
        }
        long k = largestPowerOfTwoBelow(n);
        return nodeHash(hash(start, k), hash(start + k, n - k));
    }

    private void checkSize(long n) {
        if (n < 0 || n > size()) {
            throw new IllegalArgumentException("the tree has " + size() + " leaves, not " + n);
        }
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    static byte[] leafHash(byte[] leaf) {
        return sha256(new byte[] {LEAF}, leaf);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256(new byte[] {NODE}, left, right);
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Hashes packed in one array that doubles as it fills: no object per hash at 100,000 leaves. */
    private static final class Hashes {

        private byte[] bytes = new byte[HASH_BYTES * 16];
        private int count;

        void add(byte[] hash) {
            if ((count + 1) * HASH_BYTES > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            System.arraycopy(hash, 0, bytes, count * HASH_BYTES, HASH_BYTES);
            count++;
        }

        byte[] get(long index) {
            int from = Math.toIntExact(index) * HASH_BYTES;
            return Arrays.copyOfRange(bytes, from, from + HASH_BYTES);
        }

        long count() {
            return count;
        }
    }
}
