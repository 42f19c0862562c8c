package org.allianceledger.integrity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Merkle root over stream heads, in stream-id order: each leaf is SHA-256 of
 * {@code aggregateId \n sequence \n hash}; each parent SHA-256 of its children's hex joined by a
 * newline; an odd node out is carried up unchanged. The root of no heads is SHA-256 of "".
 * Seals keep this form, not the RFC 9162 tree of the whole log ({@link MerkleTree}), so that seals
 * already recorded still verify.
 */
final class MerkleRoot {

    private MerkleRoot() {
    }

    static String of(List<IntegritySealed.StreamHead> heads) {
        List<String> level = new ArrayList<>(heads.stream()
                .sorted(Comparator.comparing(IntegritySealed.StreamHead::aggregateId))
                .map(head -> ChainedEvent.sha256(head.aggregateId() + "\n" + head.sequence() + "\n" + head.hash()))
                .toList());
        if (level.isEmpty()) {
            return ChainedEvent.sha256("");
        }
        while (level.size() > 1) {
            List<String> parents = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                parents.add(i + 1 < level.size() ? ChainedEvent.sha256(level.get(i) + "\n" + level.get(i + 1)) : level.get(i));
            }
            level = parents;
        }
        return level.get(0);
    }
}
