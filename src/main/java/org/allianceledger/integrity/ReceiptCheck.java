package org.allianceledger.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a log extends a kept receipt, decided from the events alone (a bundle's or the store's):
 * the tree rebuilt from them must prove consistent (RFC 9162 §2.1.4) with the receipt's tree, and
 * the log's checkpoints must lead from the receipt's key to the key that signs now.
 */
final class ReceiptCheck {

    private ReceiptCheck() {
    }

    /**
     * @param ok          whether the log extends the receipt's tree
     * @param outcome     what was found, for a person
     * @param trustedKeys the receipt's key and every key its checkpoints' signatures lead to
     */
    record Verdict(boolean ok, String outcome, Set<String> trustedKeys) {
    }

    static Verdict check(IntegrityCheckpointed receipt, List<ChainedEvent> events) {
        Set<String> receiptKeys = Checkpoints.signers(receipt);
        if (receiptKeys.isEmpty()) {
            return new Verdict(false, "The receipt's signature does not verify: it was changed after it was signed.", Set.of());
        }
        List<ChainedEvent> log = LogTree.inLogOrder(events);
        MerkleTree tree = LogTree.of(log);
        long size = tree.size();
        long kept = receipt.treeSize();
        if (kept > size) {
            return new Verdict(false, "The log holds " + size + " events, fewer than the " + kept + " the receipt covers: "
                    + "events were deleted since the receipt was signed.", receiptKeys);
        }
        String root = LogTree.HEX.formatHex(tree.root(size));
        boolean consistent = kept == 0 ? receipt.rootHash().equals(LogTree.HEX.formatHex(tree.root(0)))
                : ProofCheck.consistency(kept, size, LogTree.HEX.parseHex(receipt.rootHash()), tree.root(size),
                tree.consistencyProof(kept, size));
        if (!consistent) {
            return new Verdict(false, "The log does NOT extend the receipt: its first " + kept + " events hash to "
                    + LogTree.HEX.formatHex(tree.root(kept)) + ", the receipt signed " + receipt.rootHash()
                    + ". An event before the receipt's size was changed, removed, reordered or inserted.", receiptKeys);
        }
        List<IntegrityCheckpointed> later = new ArrayList<>();
        for (ChainedEvent event : log) {
            if (IntegrityCheckpointed.TYPE.equals(event.type())) {
                try {
                    IntegrityCheckpointed checkpoint = Checkpoints.read(event.payload());
                    if (checkpoint.treeSize() >= kept) {
                        later.add(checkpoint);
                    }
                } catch (IllegalArgumentException e) {
                    // An unreadable checkpoint vouches for no key; verification reports it as a break.
                }
            }
        }
        Set<String> trusted = Checkpoints.trustChain(receiptKeys, later);
        return new Verdict(true, "The log extends the receipt: its first " + kept + " events still hash to the receipt's root "
                + receipt.rootHash() + " (RFC 9162 consistency proof from " + kept + " to " + size + " events, root " + root + ").",
                trusted);
    }
}
