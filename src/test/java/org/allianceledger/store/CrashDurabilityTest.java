package org.allianceledger.store;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An acknowledged command is on disk: SIGKILL while commands are in flight loses none that were answered. */
class CrashDurabilityTest {

    private static final Duration START = Duration.ofSeconds(60);
    private static final int CLIENTS = 8;
    private static final int ACKS_BEFORE_KILL = 150;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedCommandSurvivesSigkill() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(), dataDirArg()).awaitStarted(START)) {
            LedgerHttp http = new LedgerHttp(ledger.baseUrl());
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> sendUntilStopped(http, client, acknowledged, stop));
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).failFast(ledger::requireAlive)
                    .until(() -> acknowledged.size() >= ACKS_BEFORE_KILL);
            ledger.kill();
        } finally {
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        try (LedgerProcess restarted = LedgerProcess.start(LedgerProcess.freePort(), dataDirArg()).awaitStarted(START)) {
            LedgerHttp http = new LedgerHttp(restarted.baseUrl());
            List<String> lost = acknowledged.stream()
                    .filter(id -> !hasItsEvent(http, id))
                    .sorted()
                    .toList();
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
            assertThat(lost).as("acknowledged before SIGKILL but missing after restart").isEmpty();
        }
    }

    private static void sendUntilStopped(LedgerHttp http, int client, Set<String> acknowledged, AtomicBoolean stop) {
        for (int n = 0; !stop.get(); n++) {
            String id = "body-" + client + "-" + n;
            try {
                var response = http.post("/api/commands/establish-governance-body",
                        new EstablishGovernanceBody(id, "Board " + id, List.of("Chief Constables"), null, null, null, on("2016")));
                if (response.status() == 200) {
                    acknowledged.add(id);
                }
            } catch (IOException e) {
                return; // the service was killed mid-request: that command was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean hasItsEvent(LedgerHttp http, String id) {
        try {
            var response = http.get("/api/streams/" + id);
            return response.status() == 200 && response.json().size() == 1
                    && "GovernanceBodyEstablished".equals(response.json().get(0).get("type").asText());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String dataDirArg() {
        return "--ledger.embedded.data-dir=" + dataDir;
    }
}
