package org.allianceledger.integrity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A self-contained export of the record: {@value #EVENTS} (every event, one canonical JSON line
 * each, links included), {@value #MANIFEST} (counts and the SHA-256 of the events), its Ed25519
 * signature {@value #SIGNATURE}, the public key {@value #PUBLIC_KEY}, and a {@value #README} saying
 * how to check it by hand. Verifying needs nothing but the bundle, and shows it self-consistent; that
 * the ledger signed it needs the fingerprint of its key from elsewhere, since anyone who rewrites a
 * bundle can re-sign it with a key of their own and ship that key in it.
 */
public final class Bundle {

    static final String FORMAT = "alliance-ledger-bundle/1";
    static final String EVENTS = "events.jsonl";
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String PUBLIC_KEY = "public-key.pem";
    static final String README = "README.txt";
    private static final List<String> REQUIRED = List.of(EVENTS, MANIFEST, SIGNATURE, PUBLIC_KEY);

    private Bundle() {
    }

    /**
     * What checking a bundle found: whether it verifies, whose key signed it, and the record's own check.
     *
     * @param keyTrusted whether the signing key was checked against a fingerprint the reader trusts;
     *                   if not, a bundle that verifies is only self-consistent
     */
    public record Verification(boolean ok, String problem, String keyFingerprint, IntegrityReport report, boolean keyTrusted,
                               String receipt) {

        /** The verdict for a person, saying how far a signature by the carried key proves anything. */
        public String outcome() {
            if (!ok) {
                return "The bundle does NOT verify: " + problem;
            }
            if (receipt != null) {
                return receipt + "\nThe bundle verifies, signed by " + keyFingerprint + ", a key the receipt's key leads to.";
            }
            return keyTrusted ? "The bundle verifies, signed by the trusted key " + keyFingerprint + "."
                    : "The bundle is only self-consistent: signed by the key it carries, " + keyFingerprint + ", not checked against a "
                    + "trusted key. Compare it with the ledger's (GET /api/integrity/public-key, header Key-Fingerprint), or pass "
                    + "--key-fingerprint=<that fingerprint>.";
        }
    }

    static byte[] write(StoredChain.Contents stored, SigningKey key, Instant exportedAt) {
        StringBuilder lines = new StringBuilder();
        stored.events().forEach(event -> lines.append(event.toJsonLine()).append('\n'));
        byte[] eventBytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        IntegrityReport report = stored.verify();
        ObjectNode manifest = JsonNodeFactory.instance.objectNode();
        manifest.put("format", FORMAT);
        manifest.put("exportedAt", exportedAt.toString());
        manifest.put("events", stored.events().size());
        // An event the store holds but cannot read is left out of the lines; the manifest says so.
        manifest.put("unreadableEvents", stored.unreadable().size());
        manifest.put("streams", report.streams());
        manifest.put("seals", report.seals());
        manifest.put("verifiedAtExport", report.ok());
        manifest.put("treeSize", report.treeSize());
        manifest.put("treeRoot", report.treeRoot());
        manifest.put("eventsSha256", ChainedEvent.sha256(eventBytes));
        manifest.put("publicKeyFingerprint", key.fingerprint());
        byte[] manifestBytes = CanonicalJson.write(manifest).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            entry(out, README, readme().getBytes(StandardCharsets.UTF_8));
            entry(out, MANIFEST, manifestBytes);
            entry(out, SIGNATURE, Base64.getEncoder().encode(key.sign(manifestBytes)));
            entry(out, PUBLIC_KEY, key.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
            entry(out, EVENTS, eventBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    /**
     * @param trustedFingerprint the fingerprint of the key the reader trusts, as the ledger publishes it
     *                           (with or without {@code SHA256:}); null to check the bundle against the key it carries only
     * @param receipt            a checkpoint the reader kept, which the bundle's log must extend and whose key (or a key
     *                           its checkpoints lead to) must have signed the bundle; null for none
     * @throws IllegalArgumentException when {@code trustedFingerprint} is no fingerprint
     */
    public static Verification verify(byte[] bundle, String trustedFingerprint, IntegrityCheckpointed receipt) {
        String trusted = trustedFingerprint == null ? null : SigningKey.fingerprintHex(trustedFingerprint);
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bundle))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            return failed("not a readable bundle: " + e.getMessage(), null);
        }
        for (String required : REQUIRED) {
            if (!entries.containsKey(required)) {
                return failed("not a readable bundle: " + required + " is missing", null);
            }
        }
        String fingerprint;
        try {
            PublicKey key = SigningKey.readPublicKey(new String(entries.get(PUBLIC_KEY), StandardCharsets.US_ASCII));
            fingerprint = SigningKey.fingerprint(key);
            if (trusted != null && !trusted.equals(SigningKey.fingerprintHex(fingerprint))) {
                return failed("the bundle's key " + fingerprint + " differs from the trusted key SHA256:" + trusted
                        + ": the ledger did not sign it", fingerprint);
            }
            byte[] signature = Base64.getDecoder().decode(new String(entries.get(SIGNATURE), StandardCharsets.US_ASCII).trim());
            if (!SigningKey.verify(key, entries.get(MANIFEST), signature)) {
                return failed("the manifest's signature does not match: the manifest or its signature was changed", fingerprint);
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return failed("the public key or the signature cannot be read: " + e.getMessage(), null);
        }
        JsonNode manifest;
        try {
            manifest = CanonicalJson.read(new String(entries.get(MANIFEST), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return failed(MANIFEST + " cannot be read: " + e.getMessage(), fingerprint);
        }
        if (!fingerprint.equals(manifest.path("publicKeyFingerprint").asText())) {
            return failed("the manifest names the key " + manifest.path("publicKeyFingerprint").asText() + " but the bundle carries "
                    + fingerprint + ": it was re-signed", fingerprint);
        }
        if (!ChainedEvent.sha256(entries.get(EVENTS)).equals(manifest.path("eventsSha256").asText())) {
            return failed(EVENTS + " is not the file the manifest signed: it was changed", fingerprint);
        }
        List<ChainedEvent> events = new ArrayList<>();
        List<IntegrityReport.Break> unreadable = new ArrayList<>();
        List<String> lines = new String(entries.get(EVENTS), StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                try {
                    events.add(ChainedEvent.fromJsonLine(lines.get(i)));
                } catch (IllegalArgumentException e) {
                    unreadable.add(new IntegrityReport.Break(null, null, -1, "unreadable: line " + (i + 1) + " of " + EVENTS + ": "
                            + e.getMessage(), "an event", StoredChain.abbreviated(lines.get(i)), (long) i + 1));
                }
            }
        }
        IntegrityReport report = IntegrityCheck.verify(events, unreadable);
        boolean keyTrusted = trusted != null;
        if (report.events() != manifest.path("events").asInt()) {
            return new Verification(false, "the manifest counts " + manifest.path("events").asInt() + " events, the file holds "
                    + report.events(), fingerprint, report, keyTrusted, null);
        }
        if (receipt != null) {
            ReceiptCheck.Verdict extension = ReceiptCheck.check(receipt, events);
            if (!extension.ok()) {
                return new Verification(false, extension.outcome(), fingerprint, report, keyTrusted, null);
            }
            if (!extension.trustedKeys().contains(fingerprint)) {
                return new Verification(false, "the bundle is signed by " + fingerprint + ", a key that neither the receipt's key "
                        + extension.trustedKeys() + " nor any checkpoint it signed vouches for", fingerprint, report, false, null);
            }
            keyTrusted = true;
            if (report.ok()) {
                return new Verification(true, null, fingerprint, report, true, extension.outcome());
            }
        }
        return new Verification(report.ok(), report.ok() ? null : "the record's chain is broken: " + report.firstBreak().problem(),
                fingerprint, report, keyTrusted, null);
    }

    private static Verification failed(String problem, String fingerprint) {
        return new Verification(false, problem, fingerprint, null, false, null);
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static String readme() {
        return """
                Alliance Ledger export bundle (%s)

                Check it with the ledger's jar, which needs no store, against the fingerprint of the
                ledger's key, taken from the ledger itself (header Key-Fingerprint of
                GET /api/integrity/public-key), never from this bundle:
                    java -jar alliance-ledger.jar verify-bundle THIS-FILE.zip --key-fingerprint=SHA256:...
                Without it the check shows only that the bundle is self-consistent: signed by the
                key it carries, which whoever changed it could have replaced.

                Or by hand:
                1. %s is signed by %s (Ed25519, base64) with the key in %s, whose fingerprint
                   ("SHA256:" + SHA-256 hex of the key's base64 DER) is the manifest's
                   publicKeyFingerprint and the one the ledger publishes.
                2. %s's SHA-256 (hex) is the manifest's eventsSha256.
                3. Each line of %s is one event. Group the lines by aggregateId, order by sequence
                   (0, 1, 2, ... without a gap). For each event, take the line's fields eventId,
                   aggregateId, sequence, type, revision, timestamp, payload, and metadata without
                   its "hash" and "previousHash"; write them as JSON with keys sorted at every level,
                   no whitespace, numbers as plain decimals (the timestamp as the line has it: epoch
                   milliseconds, or, when the metadata says "hashFormat": 2, the ISO instant at full
                   precision). Its hash is the SHA-256 (hex) of
                   previousHash + "\\n" + that text; previousHash is the previous event's hash, or 64
                   zeros for sequence 0. Both must equal what the metadata says. The line's
                   position (its place in the store, not hashed) grows with sequence.
                4. Events of type IntegritySealed list every stream's head (aggregateId, sequence,
                   hash) and their Merkle root: leaves SHA-256(aggregateId + "\\n" + sequence + "\\n" +
                   hash) in aggregateId order, parents SHA-256(left + "\\n" + right), an odd node
                   carried up. Each sealed head must still be there with that hash.
                5. The whole log is one RFC 9162 Merkle tree: its leaves are the lines of %s in
                   position order, each leaf hash SHA-256(0x00 || the line's UTF-8 bytes), each node
                   SHA-256(0x01 || left || right); the manifest's treeRoot is its root. Events of type
                   IntegrityCheckpointed are signed checkpoints: the root of the first treeSize
                   lines, signed (Ed25519, over the four lines "alliance-ledger checkpoint",
                   treeSize, rootHash, at) by the keys they carry. A receipt you kept (from
                   GET /api/integrity/receipt) must be such a prefix of this log:
                    java -jar alliance-ledger.jar verify-bundle THIS-FILE.zip --receipt RECEIPT.json
                """.formatted(FORMAT, MANIFEST, SIGNATURE, PUBLIC_KEY, EVENTS, EVENTS, EVENTS);
    }
}
