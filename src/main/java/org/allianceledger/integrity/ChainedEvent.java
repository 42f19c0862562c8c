package org.allianceledger.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One event as the hash chain sees it: what it says, where it stands in its stream, and the two
 * links kept in its metadata ({@value #HASH}, {@value #PREVIOUS_HASH}). Its hash is SHA-256 over the
 * previous event's hash of the same stream (64 zeros for the first), a newline, and the canonical
 * JSON of everything else: event id, aggregate id, sequence, type, revision, timestamp, payload, and
 * metadata without the two links. The timestamp is the ISO instant at full precision when the
 * metadata says {@value #HASH_FORMAT} {@value #FULL_PRECISION}; events recorded before that format
 * hash it in epoch milliseconds, and still verify so.
 *
 * @param payload  the payload as JSON
 * @param metadata the metadata as JSON, links included as stored
 * @param position its global position in the store, null before it is stored; not hashed, as the
 *                 store gives it after the hash is made (verification checks its order instead)
 */
public record ChainedEvent(String eventId, String aggregateId, long sequence, String type, String revision,
                           Instant timestamp, JsonNode payload, JsonNode metadata, Long position) {

    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";
    public static final String GENESIS = "0".repeat(64);
    public static final String HASH_FORMAT = "hashFormat";
    public static final int FULL_PRECISION = 2;

    /** The hash this event's metadata claims, or null. */
    public String storedHash() {
        return text(metadata, HASH);
    }

    /** The predecessor's hash this event's metadata claims, or null. */
    public String storedPreviousHash() {
        return text(metadata, PREVIOUS_HASH);
    }

    /** The canonical text the hash covers. */
    public String canonical() {
        ObjectNode unlinked = metadata == null ? JsonNodeFactory.instance.objectNode() : ((ObjectNode) metadata).deepCopy();
        unlinked.remove(HASH);
        unlinked.remove(PREVIOUS_HASH);
        return CanonicalJson.write(withMetadata(unlinked));
    }

    /** This event's hash, chained to {@code previousHash}. */
    public String hash(String previousHash) {
        return sha256(previousHash + "\n" + canonical());
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The event as one line of an export bundle: canonical JSON, links and position included. */
    public String toJsonLine() {
        return CanonicalJson.write(withMetadata(metadata).put("position", position));
    }

    private ObjectNode withMetadata(JsonNode someMetadata) {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("eventId", eventId);
        content.put("aggregateId", aggregateId);
        content.put("sequence", sequence);
        content.put("type", type);
        content.put("revision", revision);
        if (metadata != null && metadata.path(HASH_FORMAT).asInt() == FULL_PRECISION) {
            content.put("timestamp", timestamp.toString());
        } else {
            content.put("timestamp", timestamp.toEpochMilli());
        }
        content.set("payload", payload);
        content.set("metadata", someMetadata);
        return content;
    }

    /**
     * Its leaf hash in the Merkle tree over the whole log (RFC 9162: SHA-256 of 0x00 and the leaf):
     * the leaf is the line it is exported as, so an outsider computes it from a bundle's line alone,
     * and it covers the chain's links and the global position.
     */
    public byte[] leafHash() {
        return MerkleTree.leafHash(toJsonLine().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException naming what is wrong, when the line is no event */
    public static ChainedEvent fromJsonLine(String line) {
        JsonNode event = CanonicalJson.read(line);
        for (String field : List.of("eventId", "aggregateId", "type")) {
            if (!event.path(field).isTextual()) {
                throw new IllegalArgumentException(field + " is not text");
            }
        }
        if (!event.path("sequence").canConvertToExactIntegral() || !event.path("sequence").canConvertToLong()) {
            throw new IllegalArgumentException("sequence is not a whole number");
        }
        if (!event.path("metadata").isObject()) {
            throw new IllegalArgumentException("metadata is not an object");
        }
        JsonNode position = event.path("position");
        return new ChainedEvent(event.get("eventId").asText(), event.get("aggregateId").asText(), event.get("sequence").asLong(),
                event.get("type").asText(), event.path("revision").asText(null), timestamp(event.path("timestamp")),
                event.get("payload"), event.get("metadata"), position.canConvertToLong() ? position.asLong() : null);
    }

    /** As the line has it: epoch milliseconds, or the ISO instant of an event hashed at full precision. */
    private static Instant timestamp(JsonNode timestamp) {
        if (timestamp.isIntegralNumber() && timestamp.canConvertToLong()) {
            return Instant.ofEpochMilli(timestamp.asLong());
        }
        try {
            return Instant.parse(timestamp.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp is neither epoch milliseconds nor an ISO instant");
        }
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.hasNonNull(field) ? null : node.get(field).asText();
    }
}
