package org.allianceledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The tree against RFC 9162: the Certificate Transparency test vectors, and a naive transcription
 * of the RFC's definitions (MTH, PATH, PROOF, §2.1.1-2.1.4) compared over every size to 64 and every
 * index and pair of sizes; the verifiers accept each proof and refuse it changed.
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The CT test vectors' leaves and the roots of their first 1..8 (certificate-transparency's merkle tests). */
    private static final List<String> VECTOR_LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");
    private static final List<String> VECTOR_ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void theRootsOfTheCertificateTransparencyTestVectors() {
        MerkleTree tree = new MerkleTree();
        assertThat(HEX.formatHex(tree.root(0))).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (int n = 1; n <= VECTOR_LEAVES.size(); n++) {
            tree.append(MerkleTree.leafHash(HEX.parseHex(VECTOR_LEAVES.get(n - 1))));
            assertThat(HEX.formatHex(tree.root(n))).as("MTH of %d", n).isEqualTo(VECTOR_ROOTS.get(n - 1));
        }
        for (int n = 1; n <= VECTOR_LEAVES.size(); n++) {
            assertThat(HEX.formatHex(tree.root(n))).as("MTH of %d, asked of the tree of 8", n).isEqualTo(VECTOR_ROOTS.get(n - 1));
        }
    }

    @Test
    void theProofsOfTheCertificateTransparencyTestVectors() {
        MerkleTree tree = new MerkleTree();
        VECTOR_LEAVES.forEach(leaf -> tree.append(MerkleTree.leafHash(HEX.parseHex(leaf))));

        assertThat(tree.inclusionPath(5, 8)).extracting(HEX::formatHex).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(tree.consistencyProof(3, 8)).extracting(HEX::formatHex).containsExactly(
                "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
                "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    }

    @Test
    void everyRootPathAndProofToSixtyFourLeavesIsTheRfcsAndVerifies() {
        List<byte[]> leaves = new ArrayList<>();
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < 64; i++) {
            byte[] leaf = ("leaf " + i).getBytes(StandardCharsets.UTF_8);
            leaves.add(leaf);
            tree.append(MerkleTree.leafHash(leaf));
        }
        for (int n = 1; n <= 64; n++) {
            List<byte[]> d = leaves.subList(0, n);
            byte[] root = Rfc.mth(d);
            assertThat(tree.root(n)).as("MTH of %d", n).isEqualTo(root);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = tree.inclusionPath(m, n);
                assertThat(path).as("PATH(%d, %d)", m, n).usingElementComparator(Arrays::compare).containsExactlyElementsOf(Rfc.path(m, d));
                byte[] leafHash = MerkleTree.leafHash(d.get(m));
                assertThat(ProofCheck.inclusion(m, n, leafHash, path, root)).as("PATH(%d, %d) verifies", m, n).isTrue();
                assertThat(ProofCheck.inclusion(m, n, MerkleTree.leafHash("other".getBytes(StandardCharsets.UTF_8)), path, root)).isFalse();
                if (n > 1) {
                    assertThat(ProofCheck.inclusion((m + 1) % n, n, leafHash, path, root)).as("PATH(%d, %d) at another index", m, n).isFalse();
                }
            }
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = tree.consistencyProof(m, n);
                assertThat(proof).as("PROOF(%d, %d)", m, n).usingElementComparator(Arrays::compare)
                        .containsExactlyElementsOf(Rfc.proof(m, d));
                byte[] first = Rfc.mth(d.subList(0, m));
                assertThat(ProofCheck.consistency(m, n, first, root, proof)).as("PROOF(%d, %d) verifies", m, n).isTrue();
                if (m < n) {
                    byte[] otherFirst = Rfc.mth(leaves.subList(1, m + 1));
                    assertThat(ProofCheck.consistency(m, n, otherFirst, root, proof)).as("PROOF(%d, %d) of another prefix", m, n).isFalse();
                    List<byte[]> changed = new ArrayList<>(proof);
                    changed.set(changed.size() - 1, MerkleTree.leafHash(new byte[0]));
                    assertThat(ProofCheck.consistency(m, n, first, root, changed)).as("PROOF(%d, %d) changed", m, n).isFalse();
                }
            }
        }
    }

    @Test
    void sizesAndIndexesOutsideTheTreeAreRefused() {
        MerkleTree tree = new MerkleTree();
        tree.append(MerkleTree.leafHash(new byte[0]));
        assertThatThrownBy(() -> tree.root(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusionPath(1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ProofCheck.consistency(2, 1, tree.root(1), tree.root(1), List.of())).isFalse();
    }

    /** RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1 written as the RFC writes them: recursion over lists, nothing kept. */
    private static final class Rfc {

        static byte[] mth(List<byte[]> d) {
            int n = d.size();
            if (n == 0) {
                return sha256(new byte[0]);
            }
            if (n == 1) {
                return sha256(new byte[] {0}, d.get(0));
            }
            int k = k(n);
            return sha256(new byte[] {1}, mth(d.subList(0, k)), mth(d.subList(k, n)));
        }

        static List<byte[]> path(int m, List<byte[]> d) {
            int n = d.size();
            List<byte[]> result = new ArrayList<>();
            if (n == 1) {
                return result;
            }
            int k = k(n);
            if (m < k) {
                result.addAll(path(m, d.subList(0, k)));
                result.add(mth(d.subList(k, n)));
            } else {
                result.addAll(path(m - k, d.subList(k, n)));
                result.add(mth(d.subList(0, k)));
            }
            return result;
        }

        static List<byte[]> proof(int m, List<byte[]> d) {
            return subproof(m, d, true);
        }

        private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
            int n = d.size();
            List<byte[]> result = new ArrayList<>();
            if (m == n) {
                if (!b) {
                    result.add(mth(d));
                }
                return result;
            }
            int k = k(n);
            if (m <= k) {
                result.addAll(subproof(m, d.subList(0, k), b));
                result.add(mth(d.subList(k, n)));
            } else {
                result.addAll(subproof(m - k, d.subList(k, n), false));
                result.add(mth(d.subList(0, k)));
            }
            return result;
        }

        /** The largest power of two smaller than n. */
        private static int k(int n) {
            int k = 1;
            while (k * 2 < n) {
                k *= 2;
            }
            return k;
        }

        private static byte[] sha256(byte[]... parts) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (byte[] part : parts) {
                    digest.update(part);
                }
                return digest.digest();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
