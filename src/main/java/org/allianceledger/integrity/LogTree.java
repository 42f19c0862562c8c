package org.allianceledger.integrity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The Merkle tree over the whole log as the store holds it, one leaf per event in global position
 * order. It follows the store: each use first appends the events stored since the last (a read by
 * key of the new positions only, never a recomputation), up to the first position not yet filled,
 * so the order of its leaves is the store's. Held in memory: 64 bytes of hashes and the id of each event.
 */
@Component
class LogTree {

    private static final int FIRST_BATCH = 8;
    private static final int BATCH = 1_000;
    static final HexFormat HEX = HexFormat.of();

    private final StoredChain chain;
    private final MerkleTree tree = new MerkleTree();
    private final Map<String, Long> leafOfEvent = new HashMap<>();
    private long nextPosition;
    private Latest latestCheckpoint;

    LogTree(StoredChain chain) {
        this.chain = chain;
    }

    /** The size and root of a tree: what a checkpoint signs. */
    record Head(long size, String root) {
    }

    /** The checkpoint last stored, its leaf and its sequence in its stream. */
    record Latest(IntegrityCheckpointed checkpoint, long leaf, long sequence) {
    }

    synchronized Optional<Latest> latestCheckpoint() {
        catchUp();
        return Optional.ofNullable(latestCheckpoint);
    }

    synchronized Head head() {
        catchUp();
        return new Head(tree.size(), HEX.formatHex(tree.root(tree.size())));
    }

    /** @return the root of the tree of the first {@code size} leaves; empty when the log is shorter */
    synchronized Optional<String> root(long size) {
        catchUp();
        return size < 0 || size > tree.size() ? Optional.empty() : Optional.of(HEX.formatHex(tree.root(size)));
    }

    /** @return the event's leaf index, or empty when the log holds no such event */
    synchronized Optional<Long> leafOf(String eventId) {
        catchUp();
        return Optional.ofNullable(leafOfEvent.get(eventId));
    }

    synchronized byte[] leafHash(long leaf) {
        return tree.leafHash(leaf);
    }

    /** @throws IllegalArgumentException when the sizes or the index are outside the tree */
    synchronized List<String> inclusionPath(long leaf, long size) {
        catchUp();
        return hex(tree.inclusionPath(leaf, size));
    }

    /** @throws IllegalArgumentException when the sizes are outside the tree */
    synchronized List<String> consistencyProof(long from, long to) {
        catchUp();
        return hex(tree.consistencyProof(from, to));
    }

    private void catchUp() {
        // A small first read: most uses (every page's footer) find nothing or a few events new.
        for (int batch = FIRST_BATCH; ; batch = BATCH) {
            StoredChain.Run run = chain.run(nextPosition, batch);
            for (ChainedEvent event : run.events()) {
                if (IntegrityCheckpointed.TYPE.equals(event.type())) {
                    noteCheckpoint(event);
                }
                leafOfEvent.put(event.eventId(), tree.size());
                tree.append(event.leafHash());
            }
            nextPosition += run.positions();
            if (run.positions() < batch) {
                return;
            }
        }
    }

    private void noteCheckpoint(ChainedEvent event) {
        try {
            latestCheckpoint = new Latest(Checkpoints.read(event.payload()), tree.size(), event.sequence());
        } catch (IllegalArgumentException e) {
            // Not one this ledger wrote: verification reports it; the tree takes it as a leaf like any other.
        }
    }

    /** The events in the order of the log: by global position (a bundle's lines carry it). */
    static List<ChainedEvent> inLogOrder(List<ChainedEvent> events) {
        return events.stream().sorted(Comparator.comparing(ChainedEvent::position, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** The tree over events already in log order, rebuilt from their content alone. */
    static MerkleTree of(List<ChainedEvent> log) {
        MerkleTree tree = new MerkleTree();
        log.forEach(event -> tree.append(event.leafHash()));
        return tree;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
