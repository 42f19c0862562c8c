package org.allianceledger.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The verifiers of RFC 9162: §2.1.3.2 (an inclusion proof) and §2.1.4.2 (a consistency proof),
 * step by step as the RFC writes them, so that anyone can compare them with it. They need only
 * the hashes: no store, no tree.
 */
final class ProofCheck {

    private ProofCheck() {
    }

    /** Whether {@code path} proves the leaf whose hash is {@code leafHash} is leaf {@code index} of the tree of {@code size} with {@code root}. */
    static boolean inclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleTree.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleTree.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** Whether {@code proof} proves the tree of {@code firstSize} with {@code firstRoot} is a prefix of the tree of {@code secondSize} with {@code secondRoot}. */
    static boolean consistency(long firstSize, long secondSize, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (firstSize < 1 || firstSize > secondSize) {
            return false;
        }
        if (firstSize == secondSize) {
            // The RFC's proof of a tree against itself is empty: the roots alone decide.
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(firstSize) == 1) {
            path.add(0, firstRoot);
        }
        long fn = firstSize - 1;
        long sn = secondSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleTree.nodeHash(c, fr);
                sr = MerkleTree.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleTree.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
    }
}
