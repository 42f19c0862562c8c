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
 * how to check it by hand. Verifying needs nothing but the bundle.
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

    /** What checking a bundle found: whether it verifies, whose key signed it, and the record's own check. */
    public record Verification(boolean ok, String problem, String keyFingerprint, IntegrityReport report) {
    }

    static byte[] write(List<ChainedEvent> events, SigningKey key, Instant exportedAt) {
        StringBuilder lines = new StringBuilder();
        events.forEach(event -> lines.append(event.toJsonLine()).append('\n'));
        byte[] eventBytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        IntegrityReport report = IntegrityCheck.verify(events);
        ObjectNode manifest = JsonNodeFactory.instance.objectNode();
        manifest.put("format", FORMAT);
        manifest.put("exportedAt", exportedAt.toString());
        manifest.put("events", report.events());
        manifest.put("streams", report.streams());
        manifest.put("seals", report.seals());
        manifest.put("verifiedAtExport", report.ok());
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

    public static Verification verify(byte[] bundle) {
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
            byte[] signature = Base64.getDecoder().decode(new String(entries.get(SIGNATURE), StandardCharsets.US_ASCII).trim());
            if (!SigningKey.verify(key, entries.get(MANIFEST), signature)) {
                return failed("the manifest's signature does not match: the manifest or its signature was changed", fingerprint);
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return failed("the public key or the signature cannot be read: " + e.getMessage(), null);
        }
        JsonNode manifest = CanonicalJson.read(new String(entries.get(MANIFEST), StandardCharsets.UTF_8));
        if (!ChainedEvent.sha256(entries.get(EVENTS)).equals(manifest.path("eventsSha256").asText())) {
            return failed(EVENTS + " is not the file the manifest signed: it was changed", fingerprint);
        }
        List<ChainedEvent> events = new ArrayList<>();
        new String(entries.get(EVENTS), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                .forEach(line -> events.add(ChainedEvent.fromJsonLine(line)));
        IntegrityReport report = IntegrityCheck.verify(events);
        if (report.events() != manifest.path("events").asInt()) {
            return new Verification(false, "the manifest counts " + manifest.path("events").asInt() + " events, the file holds "
                    + report.events(), fingerprint, report);
        }
        return new Verification(report.ok(), report.ok() ? null : "the record's chain is broken: " + report.firstBreak().problem(),
                fingerprint, report);
    }

    private static Verification failed(String problem, String fingerprint) {
        return new Verification(false, problem, fingerprint, null);
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static String readme() {
        return """
                Alliance Ledger export bundle (%s)

                Check it with the ledger's jar, which needs no store:
                    java -jar alliance-ledger.jar verify-bundle THIS-FILE.zip
                and compare the key fingerprint it prints with the one the ledger publishes
                (GET /api/integrity/public-key).

                Or by hand:
                1. %s is signed by %s (Ed25519, base64) with the key in %s.
                2. %s's SHA-256 (hex) is the manifest's eventsSha256.
                3. Each line of %s is one event. Group the lines by aggregateId, order by sequence
                   (0, 1, 2, ... without a gap). For each event, take the line's fields eventId,
                   aggregateId, sequence, type, revision, timestamp, payload, and metadata without
                   its "hash" and "previousHash"; write them as JSON with keys sorted at every level,
                   no whitespace, numbers as plain decimals. Its hash is the SHA-256 (hex) of
                   previousHash + "\\n" + that text; previousHash is the previous event's hash, or 64
                   zeros for sequence 0. Both must equal what the metadata says.
                4. Events of type IntegritySealed list every stream's head (aggregateId, sequence,
                   hash) and their Merkle root: leaves SHA-256(aggregateId + "\\n" + sequence + "\\n" +
                   hash) in aggregateId order, parents SHA-256(left + "\\n" + right), an odd node
                   carried up. Each sealed head must still be there with that hash.
                """.formatted(FORMAT, MANIFEST, SIGNATURE, PUBLIC_KEY, EVENTS, EVENTS);
    }
}
