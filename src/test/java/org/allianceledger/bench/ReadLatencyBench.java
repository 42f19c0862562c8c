package org.allianceledger.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Latency of every read and every page on the shipped history, over HTTP from one client to the service running
 * as its own process, and the time to replay every read model. Run with
 * {@code ./mvnw -B -Pbench test -Dtest=ReadLatencyBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ReadLatencyBench {

    private static final int WARM_UP = Integer.getInteger("bench.reads.warmup", 50);
    private static final int REQUESTS = Integer.getInteger("bench.reads.requests", 300);
    private static final int REPLAYS = Integer.getInteger("bench.reads.replays", 7);
    private static final List<String> READS = List.of(
            "/api/decisions", "/api/decisions?q=custody", "/api/decisions?asOf=2016-06-30&knownAt=2030-01-01",
            "/api/savings?force=CAM", "/api/recommendations", "/api/recommendations/counts",
            "/api/agreements?asOf=2015-12-31", "/api/business-cases", "/api/functions",
            // The pages: the round trip bounds the server's time from above.
            "/", "/timeline", "/timeline?function=custody&asOf=2019-04-01", "/savings", "/savings?force=CAM&function=ict",
            "/recommendations?asOf=2020-04-01", "/agreements?asOf=2015-12-31", "/business-cases", "/functions");

    @TempDir
    Path data;

    @Test
    void measureReadsAndReplayOnTheShippedHistory() throws Exception {
        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(), "--ledger.embedded.data-dir=" + data)
                .awaitStarted(Duration.ofSeconds(90))) {
            LedgerHttp http = new LedgerHttp(ledger.baseUrl());
            System.out.printf("%-55s %10s %10s %10s%n", "read (shipped history)", "median ms", "p95 ms", "max ms");
            List<String> reads = new ArrayList<>(READS);
            reads.add("/timeline/" + http.get("/api/decisions?kind=collaboration-deferred").json().get(0).get("id").asText());
            for (String read : reads) {
                for (int i = 0; i < WARM_UP; i++) {
                    http.get(read);
                }
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < REQUESTS; i++) {
                    long start = System.nanoTime();
                    LedgerHttp.Response response = http.get(read);
                    millis.add((System.nanoTime() - start) / 1e6);
                    if (response.status() != 200) {
                        throw new AssertionError(read + " answered " + response.status() + ": " + response.body());
                    }
                }
                millis.sort(null);
                System.out.printf("%-55s %10.2f %10.2f %10.2f%n", read, percentile(millis, 50), percentile(millis, 95),
                        millis.get(millis.size() - 1));
            }
            List<Double> replays = new ArrayList<>();
            long events = 0;
            for (int i = 0; i < REPLAYS; i++) {
                LedgerHttp.Response replay = http.postRaw("/api/admin/replay", null);
                replays.add(replay.json().get("millis").asDouble());
                events = replay.json().get("events").asLong();
            }
            replays.sort(null);
            System.out.printf("replay of %d events: median %.0f ms, min %.0f ms, max %.0f ms over %d runs%n", events,
                    percentile(replays, 50), replays.get(0), replays.get(replays.size() - 1), REPLAYS);
        }
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
