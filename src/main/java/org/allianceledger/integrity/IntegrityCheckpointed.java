package org.allianceledger.integrity;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A signed checkpoint of the log: the size and RFC 9162 root of the Merkle tree over every event
 * stored before it, in global position order, signed by the ledger's key (and, while a key is being
 * replaced, by the previous one too, which vouches for the new). Kept as an event of the
 * {@value #STREAM} stream; saved outside the ledger it is a receipt, which any later log must extend.
 *
 * @param signatures each key's Ed25519 signature over {@link #signedText()}
 */
@Revision("1")
@JsonTypeName(IntegrityCheckpointed.TYPE)
public record IntegrityCheckpointed(long treeSize, String rootHash, Instant at, List<KeySignature> signatures) implements IntegrityEvent {

    public static final String TYPE = "IntegrityCheckpointed";
    public static final String STREAM = "integrity-checkpoints";

    /**
     * @param keyFingerprint "SHA256:" and the SHA-256 hex of the public key's base64 DER
     * @param publicKey      the public key, PEM
     * @param signature      base64
     */
    public record KeySignature(String keyFingerprint, String publicKey, String signature) {
    }

    /** What each key signs: four lines, so that a person can rebuild it from the receipt by hand. */
    public String signedText() {
        return "alliance-ledger checkpoint\n" + treeSize + "\n" + rootHash + "\n" + at + "\n";
    }
}
