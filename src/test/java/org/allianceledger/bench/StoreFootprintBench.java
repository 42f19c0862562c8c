package org.allianceledger.bench;

import static org.allianceledger.alliance.Decisions.on;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded engine's data file size per 10,000 events, and command throughput, with per-write
 * fsync on and off. Not part of the test command: run with {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
@Timeout(value = 40, unit = java.util.concurrent.TimeUnit.MINUTES)
class StoreFootprintBench {

    private static final int EVENTS_PER_ROUND = Integer.getInteger("bench.footprint.events", 10_000);
    private static final int ROUNDS = Integer.getInteger("bench.footprint.rounds", 2);
    private static final int CLIENTS = 4;

    @TempDir
    Path work;

    record Round(String settings, int round, long events, long fileBytes, double commandsPerSecond) {
    }

    @Test
    void measureFileSizePerTenThousandEvents() throws Exception {
        List<Round> rounds = new ArrayList<>();
        for (boolean fsync : new boolean[] {true, false}) {
            Path dataDir = Files.createDirectories(work.resolve("fsync-" + fsync));
            try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(),
                    "--ledger.embedded.data-dir=" + dataDir, "--ledger.embedded.fsync=" + fsync)
                    .awaitStarted(Duration.ofSeconds(60))) {
                LedgerHttp http = new LedgerHttp(ledger.baseUrl());
                for (int round = 1; round <= ROUNDS; round++) {
                    long started = System.nanoTime();
                    send(http, "r" + round, EVENTS_PER_ROUND);
                    double seconds = (System.nanoTime() - started) / 1e9;
                    rounds.add(new Round("fsync=" + fsync, round, (long) round * EVENTS_PER_ROUND,
                            Files.size(dataDir.resolve("ledger.mv.db")), EVENTS_PER_ROUND / seconds));
                }
            }
        }
        Path out = Path.of("target", "bench", "footprint.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, LedgerHttp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(rounds));
        System.out.printf("%-12s %6s %10s %12s %14s%n", "settings", "round", "events", "file MB", "commands/s");
        rounds.forEach(r -> System.out.printf("%-12s %6d %10d %12.1f %14.0f%n",
                r.settings(), r.round(), r.events(), r.fileBytes() / 1e6, r.commandsPerSecond()));
    }

    private static void send(LedgerHttp http, String prefix, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            work.add(pool.submit(() -> {
                for (int n = client; n < count; n += CLIENTS) {
                    String id = "fp-" + prefix + "-" + n;
                    var response = http.post("/api/commands/establish-governance-body", new EstablishGovernanceBody(
                            id, "Board " + id, List.of("Chief Constables"), null, "monthly", null, on("2016")));
                    if (response.status() != 200) {
                        throw new IOException(id + ": " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
    }
}
