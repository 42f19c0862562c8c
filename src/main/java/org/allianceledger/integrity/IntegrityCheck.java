package org.allianceledger.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Recomputes the record's integrity from the events alone, as stored or as exported: every
 * stream's sequence from 0 without a gap, every event's hash over its content, every link to its
 * predecessor's hash, every seal's heads and root, and every checkpoint against the log's Merkle
 * tree rebuilt from the events. Needs no store and no event classes.
 */
public final class IntegrityCheck {

    static final int MAX_BREAKS = 100;

    private IntegrityCheck() {
    }

    /**
     * @param events     every event of the record that could be read, in any order
     * @param unreadable a break for each event that could not, so that one bad event hides no other finding
     */
    public static IntegrityReport verify(List<ChainedEvent> events, List<IntegrityReport.Break> unreadable) {
        return verify(events, unreadable, null);
    }

    /**
     * @param served the log's tree as the running service built it while the events were stored, also to be the
     *               start of the tree rebuilt now; null where there is none (a bundle, a verb)
     */
    static IntegrityReport verify(List<ChainedEvent> events, List<IntegrityReport.Break> unreadable, LogTree.Head served) {
        List<ChainedEvent> ordered = events.stream().sorted(StoredChain.STREAM_ORDER).toList();
        List<IntegrityReport.Break> breaks = new ArrayList<>(unreadable.subList(0, Math.min(unreadable.size(), MAX_BREAKS)));
        Map<String, Map<Long, ChainedEvent>> streams = new HashMap<>();
        ChainedEvent previous = null;
        long expectedSequence = 0;
        String expectedPrevious = ChainedEvent.GENESIS;
        for (ChainedEvent event : ordered) {
            if (previous == null || !event.aggregateId().equals(previous.aggregateId())) {
                previous = null;
                expectedSequence = 0;
                expectedPrevious = ChainedEvent.GENESIS;
            } else if (event.sequence() == previous.sequence()) {
                // The chain goes on from the first stored; the second is the intruder, whatever it holds.
                add(breaks, event, "a second event at this stream position", "only event " + previous.eventId(), "also event " + event.eventId());
                continue;
            }
            streams.computeIfAbsent(event.aggregateId(), s -> new HashMap<>()).put(event.sequence(), event);
            String previousClaimed = event.storedPreviousHash();
            if (event.sequence() != expectedSequence) {
                add(breaks, event, "events missing before this one", "sequence " + expectedSequence, "sequence " + event.sequence());
            } else if (event.storedHash() == null) {
                add(breaks, event, "no hash: recorded outside the chain", "a hash", null);
            } else if (!event.hash(Objects.requireNonNullElse(previousClaimed, "")).equals(event.storedHash())) {
                add(breaks, event, "content changed since it was recorded", event.hash(Objects.requireNonNullElse(previousClaimed, "")),
                        event.storedHash());
            } else if (!expectedPrevious.equals(previousClaimed)) {
                add(breaks, event, "link to the previous event broken", expectedPrevious, previousClaimed);
            } else if (storedBefore(event, previous)) {
                // The hash cannot cover the position (given after it is made), but a stream is stored in its order.
                add(breaks, event, "stored before the previous event of its stream", "a position after " + previous.position(),
                        "position " + event.position());
            }
            previous = event;
            expectedSequence = event.sequence() + 1;
            expectedPrevious = event.storedHash();
        }
        int seals = 0;
        for (ChainedEvent event : ordered) {
            if (IntegritySealed.TYPE.equals(event.type())) {
                seals++;
                checkSeal(event, streams, breaks);
            }
        }
        List<ChainedEvent> log = LogTree.inLogOrder(events);
        MerkleTree tree = LogTree.of(log);
        int checkpoints = 0;
        for (ChainedEvent event : log) {
            if (IntegrityCheckpointed.TYPE.equals(event.type())) {
                checkpoints++;
                checkCheckpoint(event, tree, breaks);
            }
        }
        if (served != null) {
            checkServed(served, tree, breaks);
        }
        return new IntegrityReport(breaks.isEmpty(), events.size() + unreadable.size(), streams.size(), seals, checkpoints, tree.size(),
                LogTree.HEX.formatHex(tree.root(tree.size())), breaks.isEmpty() ? null : breaks.get(0), List.copyOf(breaks));
    }

    private static void checkSeal(ChainedEvent seal, Map<String, Map<Long, ChainedEvent>> streams,
                                  List<IntegrityReport.Break> breaks) {
        List<IntegritySealed.StreamHead> heads = new ArrayList<>();
        for (JsonNode head : seal.payload().path("heads")) {
            IntegritySealed.StreamHead sealed = new IntegritySealed.StreamHead(head.path("aggregateId").asText(),
                    head.path("sequence").asLong(), head.path("hash").asText());
            heads.add(sealed);
            ChainedEvent now = streams.getOrDefault(sealed.aggregateId(), Map.of()).get(sealed.sequence());
            if (now == null) {
                add(breaks, seal, "sealed event of " + sealed.aggregateId() + " at sequence " + sealed.sequence() + " is gone",
                        sealed.hash(), null);
            } else if (!sealed.hash().equals(now.storedHash())) {
                add(breaks, now, "differs from the seal " + seal.eventId(), sealed.hash(), now.storedHash());
            }
        }
        String root = MerkleRoot.of(heads);
        String claimed = seal.payload().path("merkleRoot").asText();
        if (!root.equals(claimed)) {
            add(breaks, seal, "seal's Merkle root does not match its heads", root, claimed);
        }
    }

    /** A checkpoint's tree must be the first leaves of the tree rebuilt from the events now, signed by the key it names. */
    private static void checkCheckpoint(ChainedEvent event, MerkleTree tree, List<IntegrityReport.Break> breaks) {
        IntegrityCheckpointed checkpoint;
        try {
            checkpoint = Checkpoints.read(event.payload());
        } catch (IllegalArgumentException e) {
            add(breaks, event, "checkpoint cannot be read: " + e.getMessage(), "a checkpoint", null);
            return;
        }
        if (checkpoint.treeSize() > tree.size()) {
            add(breaks, event, "checkpoint covers more events than the log holds: events were deleted",
                    checkpoint.treeSize() + " events", tree.size() + " events");
        } else if (!LogTree.HEX.formatHex(tree.root(checkpoint.treeSize())).equals(checkpoint.rootHash())) {
            add(breaks, event, "the log's first " + checkpoint.treeSize() + " events no longer have the checkpoint's root: "
                    + "an earlier event was changed, removed, reordered or inserted", checkpoint.rootHash(),
                    LogTree.HEX.formatHex(tree.root(checkpoint.treeSize())));
        }
        if (Checkpoints.signers(checkpoint).isEmpty()) {
            add(breaks, event, "checkpoint's signature does not verify", "a signature by the key it names", null);
        }
    }

    /** The store changed behind the running service's back since it took the events into its tree. */
    private static void checkServed(LogTree.Head served, MerkleTree tree, List<IntegrityReport.Break> breaks) {
        String rebuilt = served.size() > tree.size() ? null : LogTree.HEX.formatHex(tree.root(served.size()));
        if (!served.root().equals(rebuilt) && breaks.size() < MAX_BREAKS) {
            breaks.add(new IntegrityReport.Break(null, null, -1, "the log's first " + served.size() + " events are no longer those "
                    + "this service took into its Merkle tree as they were stored", served.root(),
                    rebuilt == null ? "only " + tree.size() + " events" : rebuilt, null));
        }
    }

    private static boolean storedBefore(ChainedEvent event, ChainedEvent previous) {
        return previous != null && event.position() != null && previous.position() != null && event.position() < previous.position();
    }

    private static void add(List<IntegrityReport.Break> breaks, ChainedEvent event, String problem, String expected, String found) {
        if (breaks.size() < MAX_BREAKS) {
            breaks.add(new IntegrityReport.Break(event.eventId(), event.aggregateId(), event.sequence(), problem, expected, found,
                    event.position()));
        }
    }
}
