package org.allianceledger.integrity;

import java.util.List;

/**
 * What a verification found: how much it checked and, when the record is not as it was written,
 * each break, the first one first.
 *
 * @param breaks at most {@value IntegrityCheck#MAX_BREAKS}, in stream order, seals' findings last
 */
public record IntegrityReport(boolean ok, int events, int streams, int seals, Break firstBreak, List<Break> breaks) {

    /**
     * One broken link.
     *
     * @param eventId  the event where the break shows (for a sealed event that is gone, the seal's)
     * @param expected what the chain or the seal says should be there
     * @param found    what is there
     */
    public record Break(String eventId, String aggregateId, long sequence, String problem, String expected, String found) {
    }
}
