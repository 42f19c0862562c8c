package org.allianceledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.allianceledger.support.LedgerProcess;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The signed export verifies offline, with nothing but the bundle and the ledger's key fingerprint,
 * and fails after any one-byte change or when re-signed with another key.
 */
@LedgerServiceTest
class ExportBundleTest {

    private static final Duration RUN = Duration.ofSeconds(60);
    private static final int CHANGED_POSITIONS = 12;

    @LocalServerPort
    int port;

    @TempDir
    Path work;

    private byte[] export() throws Exception {
        HttpResponse<byte[]> response = get("/api/export");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        return response.body();
    }

    /** The fingerprint the ledger publishes, which an outsider trusts rather than the bundle's own key. */
    private String publishedFingerprint() throws Exception {
        return get("/api/integrity/public-key").headers().firstValue(IntegrityController.FINGERPRINT).orElseThrow();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        String credentials = TestUsers.AUDITOR.username() + ":" + TestUsers.AUDITOR.password();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    @Test
    void theExportVerifiesOfflineInAProcessWithNoStoreAgainstThePublishedFingerprint() throws Exception {
        byte[] bundle = export();
        String fingerprint = publishedFingerprint();
        Path file = Files.write(work.resolve("ledger.zip"), bundle);

        Bundle.Verification verification = Bundle.verify(bundle, fingerprint, null);
        assertThat(verification.ok()).as(verification.problem()).isTrue();
        assertThat(verification.keyTrusted()).isTrue();
        assertThat(verification.report().events()).isGreaterThanOrEqualTo(149);
        try (LedgerProcess verifier = LedgerProcess.run(OfflineVerifier.VERB, file.toString(), OfflineVerifier.KEY_FINGERPRINT + fingerprint)) {
            assertThat(verifier.awaitExit(RUN)).as(verifier.output()).isZero();
            assertThat(verifier.output()).contains("Signed by key " + fingerprint, "The bundle verifies, signed by the trusted key " + fingerprint)
                    .doesNotContain("Started AllianceLedgerApplication");
        }
    }

    @Test
    void withoutAFingerprintTheBundleVerifiesOnlyAsSelfConsistentNamingItsKey() throws Exception {
        byte[] bundle = export();
        String fingerprint = publishedFingerprint();
        Path file = Files.write(work.resolve("ledger.zip"), bundle);

        Bundle.Verification verification = Bundle.verify(bundle, null, null);
        assertThat(verification.ok()).as(verification.problem()).isTrue();
        assertThat(verification.keyTrusted()).isFalse();
        assertThat(verification.outcome()).startsWith("The bundle is only self-consistent: signed by the key it carries, " + fingerprint);
        try (LedgerProcess verifier = LedgerProcess.run(OfflineVerifier.VERB, file.toString())) {
            assertThat(verifier.awaitExit(RUN)).as(verifier.output()).isZero();
            assertThat(verifier.output()).contains("The bundle is only self-consistent", fingerprint, "--key-fingerprint=")
                    .doesNotContain("The bundle verifies");
        }
    }

    @Test
    void aBundleReSignedWithAnotherKeyFailsOnTheManifestsKeyAndOnThePublishedFingerprint() throws Exception {
        SigningKey other = SigningKey.loadOrCreate(work.resolve("other-key.pem"));
        byte[] reSigned = reSign(export(), other, manifest -> { });
        String fingerprint = publishedFingerprint();

        assertThat(Bundle.verify(reSigned, null, null).problem()).isEqualTo("the manifest names the key " + fingerprint
                + " but the bundle carries " + other.fingerprint() + ": it was re-signed");

        byte[] renamed = reSign(export(), other, manifest -> manifest.put("publicKeyFingerprint", other.fingerprint()));
        Bundle.Verification selfConsistent = Bundle.verify(renamed, null, null);
        assertThat(selfConsistent.ok()).isTrue();
        assertThat(selfConsistent.outcome()).contains("only self-consistent", other.fingerprint());
        Bundle.Verification checked = Bundle.verify(renamed, fingerprint.substring("SHA256:".length()).toUpperCase(), null);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.problem()).isEqualTo("the bundle's key " + other.fingerprint() + " differs from the trusted key "
                + fingerprint + ": the ledger did not sign it");

        Path file = Files.write(work.resolve("re-signed.zip"), renamed);
        try (LedgerProcess verifier = LedgerProcess.run(OfflineVerifier.VERB, file.toString(), OfflineVerifier.KEY_FINGERPRINT + fingerprint)) {
            assertThat(verifier.awaitExit(RUN)).as(verifier.output()).isEqualTo(3);
            assertThat(verifier.output()).contains("The bundle does NOT verify: the bundle's key " + other.fingerprint() + " differs");
        }
    }

    @Test
    void aSignedLineThatIsNoEventIsAReportedBreakAndTheOtherLinesAreStillChecked() throws Exception {
        SigningKey other = SigningKey.loadOrCreate(work.resolve("other-key.pem"));
        byte[] bundle = rewriteEntry(export(), Bundle.EVENTS, events -> "{\"eventId\": \n" + events.replaceFirst("\"recorder\":\"history-loader\"",
                "\"recorder\":\"history-loaded\""));
        byte[] reSigned = reSign(bundle, other, manifest -> manifest.put("publicKeyFingerprint", other.fingerprint()));

        Bundle.Verification verification = Bundle.verify(reSigned, null, null);

        assertThat(verification.ok()).isFalse();
        assertThat(verification.report().breaks()).anySatisfy(found -> {
            assertThat(found.problem()).startsWith("unreadable: line 1 of events.jsonl: Not JSON");
            assertThat(found.position()).isEqualTo(1L);
        });
        assertThat(verification.report().breaks()).extracting(IntegrityReport.Break::problem).contains("content changed since it was recorded");
    }

    @Test
    void anyOneByteChangeFailsVerification() throws Exception {
        byte[] bundle = export();
        for (int i = 0; i < CHANGED_POSITIONS; i++) {
            int position = (int) ((long) bundle.length * i / CHANGED_POSITIONS);
            byte[] changed = bundle.clone();
            changed[position] ^= 0x01;
            assertThat(Bundle.verify(changed, null, null).ok()).as("byte " + position + " of " + bundle.length + " changed").isFalse();
        }

        byte[] changed = bundle.clone();
        changed[bundle.length / 2] ^= 0x01;
        Path file = Files.write(work.resolve("changed.zip"), changed);
        try (LedgerProcess verifier = LedgerProcess.run(OfflineVerifier.VERB, file.toString())) {
            assertThat(verifier.awaitExit(RUN)).as(verifier.output()).isEqualTo(3);
            assertThat(verifier.output()).contains("The bundle does NOT verify");
        }
    }

    @Test
    void aChangedEventRepackedIntoAValidZipFailsOnTheSignedDigest() throws Exception {
        byte[] repacked = rewriteEntry(export(), Bundle.EVENTS, events -> events.replaceFirst("\"recorder\":\"history-loader\"", "\"recorder\":\"history-loaded\""));

        Bundle.Verification verification = Bundle.verify(repacked, null, null);

        assertThat(verification.ok()).isFalse();
        assertThat(verification.problem()).isEqualTo("events.jsonl is not the file the manifest signed: it was changed");
    }

    private static byte[] rewriteEntry(byte[] zip, String name, UnaryOperator<String> change) throws Exception {
        Map<String, byte[]> entries = entries(zip);
        String text = new String(entries.get(name), StandardCharsets.UTF_8);
        String after = change.apply(text);
        assertThat(after).as("the test changed " + name).isNotEqualTo(text);
        entries.put(name, after.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** What someone who rewrote the events does next: a manifest over them as they are now, signed with a key of their own. */
    private static byte[] reSign(byte[] zip, SigningKey key, Consumer<ObjectNode> change) throws Exception {
        Map<String, byte[]> entries = entries(zip);
        ObjectNode manifest = (ObjectNode) CanonicalJson.read(new String(entries.get(Bundle.MANIFEST), StandardCharsets.UTF_8));
        byte[] events = entries.get(Bundle.EVENTS);
        manifest.put("eventsSha256", ChainedEvent.sha256(events));
        manifest.put("events", new String(events, StandardCharsets.UTF_8).lines().count());
        change.accept(manifest);
        byte[] manifestBytes = CanonicalJson.write(manifest).getBytes(StandardCharsets.UTF_8);
        entries.put(Bundle.MANIFEST, manifestBytes);
        entries.put(Bundle.SIGNATURE, Base64.getEncoder().encode(key.sign(manifestBytes)));
        entries.put(Bundle.PUBLIC_KEY, key.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
        return zip(entries);
    }

    private static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip.toByteArray();
    }
}
