package org.allianceledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerProcess;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the embedded default with no users configured, the start-up prints a recorder and an auditor that work. */
class GeneratedUsersTest {

    private static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path data;

    @Test
    void aRecorderAndAnAuditorWithRandomPasswordsArePrintedOnceAndWork() throws Exception {
        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(), "--ledger.embedded.data-dir=" + data,
                "--ledger.security.users=").awaitStarted(START)) {
            // The block follows the start-up's "Started" line, which is all awaitStarted waits for.
            Awaitility.await().atMost(START).until(() -> ledger.output().contains("Alliance Ledger is ready"));
            String output = ledger.output();
            String recorderPassword = password(output, "recorder");
            String auditorPassword = password(output, "auditor");

            assertThat(recorderPassword).hasSize(20).isNotEqualTo(auditorPassword);
            String block = output.substring(output.indexOf("Alliance Ledger is ready: " + ledger.baseUrl().replace("127.0.0.1", "localhost")));
            assertThat(output.indexOf("Started AllianceLedgerApplication")).as("the block follows the start-up's own lines")
                    .isLessThan(output.indexOf("Alliance Ledger is ready"));
            assertThat(block).contains("recorder / " + recorderPassword, "auditor  / " + auditorPassword);
            assertThat(output).as("known-harmless start-up warnings are silenced")
                    .doesNotContain("is not yet implemented. ignoring", "AxonIQ Console", "SpringDoc /swagger-ui.html endpoint is enabled");
            assertThat(output.split(Pattern.quote(recorderPassword), -1)).as("printed once").hasSize(2);
            LedgerHttp recorder = LedgerHttp.as(ledger.baseUrl(), "recorder", recorderPassword);
            LedgerHttp auditor = LedgerHttp.as(ledger.baseUrl(), "auditor", auditorPassword);
            assertThat(recorder.get("/api/decisions").status()).isEqualTo(200);
            assertThat(recorder.postRaw("/api/commands/establish-governance-body", "{}").status()).isEqualTo(400);
            assertThat(auditor.postRaw("/api/commands/establish-governance-body", "{}").status()).isEqualTo(403);
            assertThat(auditor.postRaw("/api/admin/replay", null).status()).isEqualTo(200);
            assertThat(LedgerHttp.as(ledger.baseUrl(), "recorder", auditorPassword).get("/api/decisions").status()).isEqualTo(401);
        }
    }

    private static String password(String output, String user) {
        Matcher printed = Pattern.compile(user + "\\s+/ (\\S+)").matcher(output);
        assertThat(printed.find()).as("the start-up prints the " + user + "'s password:\n" + output).isTrue();
        return printed.group(1);
    }
}
