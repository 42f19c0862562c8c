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

/** The signed export verifies offline, with nothing but the bundle, and fails after any one-byte change. */
@LedgerServiceTest
class ExportBundleTest {

    private static final Duration RUN = Duration.ofSeconds(60);
    private static final int CHANGED_POSITIONS = 12;

    @LocalServerPort
    int port;

    @TempDir
    Path work;

    private byte[] export() throws Exception {
        String credentials = TestUsers.AUDITOR.username() + ":" + TestUsers.AUDITOR.password();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/export"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        return response.body();
    }

    @Test
    void theExportVerifiesOfflineInAProcessWithNoStore() throws Exception {
        byte[] bundle = export();
        Path file = Files.write(work.resolve("ledger.zip"), bundle);

        Bundle.Verification verification = Bundle.verify(bundle);
        assertThat(verification.ok()).as(verification.problem()).isTrue();
        assertThat(verification.report().events()).isGreaterThanOrEqualTo(149);
        try (LedgerProcess verifier = LedgerProcess.run(OfflineVerifier.VERB, file.toString())) {
            assertThat(verifier.awaitExit(RUN)).as(verifier.output()).isZero();
            assertThat(verifier.output()).contains("Signed by key " + verification.keyFingerprint(), "The bundle verifies.")
                    .doesNotContain("Started AllianceLedgerApplication");
        }
    }

    @Test
    void anyOneByteChangeFailsVerification() throws Exception {
        byte[] bundle = export();
        for (int i = 0; i < CHANGED_POSITIONS; i++) {
            int position = (int) ((long) bundle.length * i / CHANGED_POSITIONS);
            byte[] changed = bundle.clone();
            changed[position] ^= 0x01;
            assertThat(Bundle.verify(changed).ok()).as("byte " + position + " of " + bundle.length + " changed").isFalse();
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

        Bundle.Verification verification = Bundle.verify(repacked);

        assertThat(verification.ok()).isFalse();
        assertThat(verification.problem()).isEqualTo("events.jsonl is not the file the manifest signed: it was changed");
    }

    private static byte[] rewriteEntry(byte[] zip, String name, UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        boolean changedOne = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    String after = change.apply(text);
                    changedOne = !after.equals(text);
                    content = after.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertThat(changedOne).as("the test changed " + name).isTrue();
        return rewritten.toByteArray();
    }
}
