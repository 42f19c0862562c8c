package org.allianceledger.integrity;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A seal over the whole record: every stream's head (its last event's sequence and hash) and the
 * Merkle root over them. Deleting a stream's last events, which its own chain cannot show, breaks
 * the seal; a seal is itself an event of the {@value #STREAM} stream, chained like any other.
 */
@Revision("1")
@JsonTypeName(IntegritySealed.TYPE)
public record IntegritySealed(Instant sealedAt, List<StreamHead> heads, String merkleRoot) implements IntegrityEvent {

    public static final String TYPE = "IntegritySealed";
    public static final String STREAM = "integrity-seals";

    public record StreamHead(String aggregateId, long sequence, String hash) {
    }
}
