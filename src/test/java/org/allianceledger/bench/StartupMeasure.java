package org.allianceledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerProcess;

/**
 * The service as its own process on a store already written, started as the README starts it: time
 * until it answers a read and its peak resident memory then; then after a page of the decision
 * register; then the heap its views hold once collected.
 */
final class StartupMeasure {

    private StartupMeasure() {
    }

    /**
     * The heap bound the README recommends, or another to try ({@code -Dbench.heap=512m}), and any
     * other options to try or to profile with ({@code -Dbench.jvm="-XX:StartFlightRecording=filename=start.jfr"}).
     */
    static List<String> jvm() {
        List<String> options = new ArrayList<>(List.of("-Xmx" + System.getProperty("bench.heap", "640m")));
        options.addAll(Arrays.stream(System.getProperty("bench.jvm", "").split(" ")).filter(option -> !option.isBlank()).toList());
        return options;
    }

    static Map<String, Object> measure(Path dataDir, long events) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        int port = LedgerProcess.freePort();
        long started = System.nanoTime();
        results.put("startupJvm", jvm());
        LedgerProcess ledger = LedgerProcess.startWithDefaultJvm(port, jvm(), "--ledger.embedded.data-dir=" + dataDir);
        try (ledger) {
            ledger.awaitStarted(Duration.ofMinutes(30));
            LedgerHttp http = new LedgerHttp(ledger.baseUrl());
            require(http.get("/api/functions"));
            double startup = (System.nanoTime() - started) / 1e9;
            results.put("startupSeconds", Math.round(startup * 1000) / 1000.0);
            results.put("startupAtEvents", events);
            results.put("rssMb", peakRssMb(ledger.pid()));
            require(http.get("/api/decisions?limit=50"));
            results.put("rssAfterDecisionRegisterMb", peakRssMb(ledger.pid()));
            results.put("liveHeapMb", liveHeapMb(ledger.pid()));
            ledger.output().lines().filter(line -> line.contains("from their snapshot")).findFirst()
                    .ifPresent(line -> results.put("snapshotFold", line.substring(line.indexOf("Read models"))));
            System.out.printf("start-up at %,d events: %.1f s; peak RSS %s MB, %s MB once the decision register is read; live heap %s MB%n",
                    events, startup, results.get("rssMb"), results.get("rssAfterDecisionRegisterMb"), results.get("liveHeapMb"));
            System.out.println(results.getOrDefault("snapshotFold", "no snapshot folded"));
        }
        // Written at the stop, for the next start: how long a write of the states takes at this size.
        ledger.output().lines().filter(line -> line.contains("View states written")).reduce((first, last) -> last)
                .ifPresent(line -> results.put("statesWritten", line.substring(line.indexOf("View states"))));
        System.out.println(results.getOrDefault("statesWritten", "no view states written at the stop"));
        return results;
    }

    static void require(LedgerHttp.Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException("HTTP " + response.status() + ": " + response.body());
        }
    }

    static long peakRssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /** The heap in use just after a full collection, as the JVM's own histogram totals it; its largest classes printed. */
    private static long liveHeapMb(long pid) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
        process.waitFor();
        lines.stream().limit(25).forEach(System.out::println);
        return lines.stream().filter(line -> line.startsWith("Total")).findFirst()
                .map(line -> Long.parseLong(line.trim().split("\\s+")[2]) / (1024 * 1024)).orElse(-1L);
    }
}
