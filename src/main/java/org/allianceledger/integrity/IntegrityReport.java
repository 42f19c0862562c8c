package org.allianceledger.integrity;

import java.util.List;

/**
 * What a verification found: how much it checked and, when the record is not as it was written,
 * each break, the first one first.
 *
 * @param events every event checked, those that could not be read included
 * @param checkpoints how many signed checkpoints the log holds, each compared with the tree rebuilt from the events
 * @param treeSize    the leaves of that tree: every readable event
 * @param treeRoot    its RFC 9162 root (hex)
 * @param breaks at most {@value IntegrityCheck#MAX_BREAKS}: unreadable events first, then in stream
 *               order, then seals' findings, checkpoints' last
 */
public record IntegrityReport(boolean ok, int events, int streams, int seals, int checkpoints, long treeSize, String treeRoot,
                              Break firstBreak, List<Break> breaks) {

    /**
     * One broken link.
     *
     * @param eventId  the event where the break shows (for a sealed event that is gone, the seal's);
     *                 null when an unreadable event's id cannot be read
     * @param sequence -1 when an unreadable event's sequence cannot be read
     * @param expected what the chain or the seal says should be there
     * @param found    what is there
     * @param position the event's global position in the store (in a bundle, as exported; for an
     *                 unreadable line, its line number); null when unknown
     */
    public record Break(String eventId, String aggregateId, long sequence, String problem, String expected, String found,
                        Long position) {
    }
}
