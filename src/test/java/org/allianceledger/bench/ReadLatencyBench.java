package org.allianceledger.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Latency of every read and every page on the shipped history, over HTTP from one client to the service running
 * as its own process, the time to replay every read model, and a read while other clients guess passwords. Run with
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

    private static final String GUARDED_READ = "/api/decisions";
    private static final int GUESSERS = 8;

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
                printLatencies(read, http, read);
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

    /**
     * A legitimate client's read while eight others guess the auditor's password as fast as they are answered, each
     * from its own loopback address (Linux routes all of 127/8 to the loopback): with the shipped sign-in settings,
     * and with throttling and the bound on bcrypt checks lifted, as the service was before them. Run with
     * {@code ./mvnw -B -Pbench test -Dbench.test=ReadLatencyBench#measureAReadWhileEightClientsGuessPasswords}.
     */
    @Test
    void measureAReadWhileEightClientsGuessPasswords() throws Exception {
        System.out.printf("%-55s %10s %10s %10s%n", "GET " + GUARDED_READ + " as clerk", "median ms", "p95 ms", "max ms");
        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(),
                "--ledger.embedded.data-dir=" + data.resolve("throttled")).awaitStarted(Duration.ofSeconds(90))) {
            readWhileGuessing(ledger, "shipped sign-in settings");
        }
        int unlimited = Integer.MAX_VALUE;
        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(),
                "--ledger.embedded.data-dir=" + data.resolve("unthrottled"),
                "--ledger.security.sign-in.user.failures=" + unlimited, "--ledger.security.sign-in.address.failures=" + unlimited,
                "--ledger.security.sign-in.concurrent-password-checks=" + GUESSERS).awaitStarted(Duration.ofSeconds(90))) {
            readWhileGuessing(ledger, "no throttle, bcrypt unbounded");
        }
    }

    private static void readWhileGuessing(LedgerProcess ledger, String settings) throws Exception {
        // The guessed user signs in once: its test password ({noop}) is then re-hashed with bcrypt, as a configured one is.
        LedgerHttp.as(ledger.baseUrl(), "auditor", "auditor-password").get(GUARDED_READ);
        LedgerHttp reader = new LedgerHttp(ledger.baseUrl());
        printLatencies("idle, " + settings, reader, GUARDED_READ);

        AtomicBoolean guessing = new AtomicBoolean(true);
        Map<Integer, LongAdder> answers = new ConcurrentSkipListMap<>();
        ExecutorService guessers = Executors.newFixedThreadPool(GUESSERS);
        int port = URI.create(ledger.baseUrl()).getPort();
        for (int i = 0; i < GUESSERS; i++) {
            InetAddress from = InetAddress.getByName("127.0.0." + (11 + i));
            guessers.submit(() -> {
                for (long guess = 0; guessing.get(); guess++) {
                    answers.computeIfAbsent(guessWrongPassword(from, port, "auditor", "guess-" + guess), status -> new LongAdder())
                            .increment();
                }
                return null;
            });
        }
        printLatencies(GUESSERS + " guessing, " + settings, reader, GUARDED_READ);
        guessing.set(false);
        guessers.shutdown();
        if (!guessers.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new AssertionError("The guessing clients did not stop");
        }
        System.out.println("    the guesses were answered (status: count) " + answers);
    }

    /** One HTTP Basic request on a connection of its own, from the given local address; answers the status code. */
    private static int guessWrongPassword(InetAddress from, int port, String user, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(60_000);
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("GET " + GUARDED_READ + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
                    + credentials + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            int status = Integer.parseInt(answer.readLine().split(" ")[1]);
            answer.transferTo(Writer.nullWriter());
            return status;
        }
    }

    private static void printLatencies(String label, LedgerHttp http, String read) throws Exception {
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
        System.out.printf("%-55s %10.2f %10.2f %10.2f%n", label, percentile(millis, 50), percentile(millis, 95),
                millis.get(millis.size() - 1));
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
