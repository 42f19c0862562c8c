package org.allianceledger.store;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clean stop closes the store; the next start finds the record as it was and carries on from it. */
class RestartTest {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void aCleanStopClosesTheStoreAndARestartFindsEarlierDecisions() throws Exception {
        LedgerProcess first = LedgerProcess.start(LedgerProcess.freePort(), dataDirArg()).awaitStarted(START);
        try (first) {
            var created = new LedgerHttp(first.baseUrl()).post("/api/commands/establish-governance-body",
                    new EstablishGovernanceBody("restart-board", "Restart Board", List.of("PCCs"), null, null, null, on("2016")));
            assertThat(created.status()).isEqualTo(200);
        }
        assertThat(first.output()).contains("Embedded engine closed");

        try (LedgerProcess second = LedgerProcess.start(LedgerProcess.freePort(), dataDirArg()).awaitStarted(START)) {
            LedgerHttp http = new LedgerHttp(second.baseUrl());
            assertThat(http.get("/api/streams/restart-board").json().get(0).get("type").asText())
                    .isEqualTo("GovernanceBodyEstablished");
            var duplicate = http.post("/api/commands/establish-governance-body",
                    new EstablishGovernanceBody("restart-board", "Restart Board", List.of("PCCs"), null, null, null, on("2016")));
            assertThat(duplicate.status()).as("the restarted service knows the body exists").isEqualTo(409);
        }
    }

    private String dataDirArg() {
        return "--ledger.embedded.data-dir=" + dataDir;
    }
}
