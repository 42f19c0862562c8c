package org.allianceledger.readmodel;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A restart folds the read models' snapshot and tails the store from its last event, and answers as a
 * build from the store would; the views that keep a state read it instead of the events it covers; a
 * snapshot cut short is used to its last whole line; states cut short, or covering an event the snapshot
 * does not hold, are dropped; a snapshot whose last event is not the store's (another store's) is
 * discarded and the read models built from the store. States written while the service runs are read
 * after a kill.
 */
class ReadModelSnapshotTest {

    private static final Duration START = Duration.ofSeconds(150);
    private static final Pattern FOLDED = Pattern.compile("Read models folded (\\d+) events from their snapshot");
    private static final String FROM_STATES = "read from their states through position ";
    private static final List<String> READS = List.of("/api/decisions?limit=5000", "/api/functions", "/api/agreements",
            "/api/business-cases", "/api/recommendations", "/api/savings?force=CAM", "/api/disagreements",
            "/api/decisions?asOf=2016-06-30&knownAt=2026-01-01");

    @TempDir
    Path dataDir;

    @Test
    void aRestartFoldsTheSnapshotAndAnswersAsABuildFromTheStoreWould() throws Exception {
        String[] store = {"--ledger.embedded.data-dir=" + dataDir};
        Path snapshot = dataDir.resolve("read-models.snapshot");
        Map<String, JsonNode> first;
        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(), store).awaitStarted(START)) {
            LedgerHttp http = new LedgerHttp(ledger.baseUrl());
            assertThat(http.post("/api/commands/establish-governance-body", board()).status()).isEqualTo(200);
            first = answers(http);
            assertThat(folded(ledger)).as("a first start has nothing to fold").isZero();
        }
        Path states = dataDir.resolve("read-models.snapshot.states");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(snapshot))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(states))).as("written at the stop").isEqualTo("rw-------");
        long events = Files.lines(snapshot).count() - 1;
        assertThat(events).as("every event the read models took in, after the header").isGreaterThan(150);
        long lastPosition = lastPosition(snapshot);
        byte[] written = Files.readAllBytes(states);

        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(), store).awaitStarted(START)) {
            assertThat(folded(ledger)).isEqualTo(events);
            assertThat(ledger.output()).contains(FROM_STATES + lastPosition + ": AgreementRegister, BusinessCaseRegister, DecisionRegister, "
                    + "DisagreementRegister, FunctionRegister, RecommendationRegister, SavingsRegister (the snapshot read from that event on)");
            assertThat(answers(new LedgerHttp(ledger.baseUrl()))).isEqualTo(first);
        }

        byte[] again = Files.readAllBytes(states);
        Files.write(states, Arrays.copyOf(again, again.length / 2)); // a disk that filled up
        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(), store).awaitStarted(START)) {
            assertThat(ledger.output()).contains("The view states are not used (they could not be read").doesNotContain(FROM_STATES);
            assertThat(folded(ledger)).isEqualTo(events);
            assertThat(answers(new LedgerHttp(ledger.baseUrl()))).isEqualTo(first);
        }
        assertThat(Files.readAllBytes(states)).as("written at the stop as the first start's fold wrote it").isEqualTo(written);

        Files.writeString(snapshot, "{\"position\":", StandardOpenOption.APPEND); // a process stopped mid-line
        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(), store).awaitStarted(START)) {
            assertThat(folded(ledger)).isEqualTo(events);
            assertThat(ledger.output()).contains(FROM_STATES);
            assertThat(answers(new LedgerHttp(ledger.baseUrl()))).isEqualTo(first);
        }

        List<String> kept = Files.readAllLines(snapshot);
        Files.write(snapshot, kept.subList(0, kept.size() - 1)); // the states cover an event the snapshot lost
        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(), store).awaitStarted(START)) {
            assertThat(ledger.output()).contains("The view states are not used (they cover position " + lastPosition)
                    .doesNotContain(FROM_STATES);
            assertThat(folded(ledger)).isEqualTo(events - 1);
            assertThat(answers(new LedgerHttp(ledger.baseUrl()))).isEqualTo(first);
        }

        List<String> lines = Files.readAllLines(snapshot);
        String last = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, last.replaceFirst("\"eventId\":\"[^\"]+\"", "\"eventId\":\"another-store\""));
        Files.write(snapshot, lines);
        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(), store).awaitStarted(START)) {
            assertThat(ledger.output()).contains("is not used");
            assertThat(folded(ledger)).isZero();
            assertThat(answers(new LedgerHttp(ledger.baseUrl()))).isEqualTo(first);
        }
    }

    @Test
    void statesWrittenWhileTheServiceRunsAreReadAfterAKill() throws Exception {
        String[] store = {"--ledger.embedded.data-dir=" + dataDir, "--ledger.read-models.states-every=1ms"};
        Path snapshot = dataDir.resolve("read-models.snapshot");
        Map<String, JsonNode> first;
        long boardAt;
        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(), store).awaitStarted(START)) {
            LedgerHttp http = new LedgerHttp(ledger.baseUrl());
            assertThat(http.post("/api/commands/establish-governance-body", board()).status()).isEqualTo(200);
            first = answers(http);
            // The board's event is the last the views took in; the states are written after its batch.
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.readAllLines(snapshot).getLast().contains("snapshot-board")
                    && ledger.output().contains("through position " + lastPosition(snapshot) + " in "));
            boardAt = lastPosition(snapshot);
            ledger.kill();
        }

        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(), store).awaitStarted(START)) {
            assertThat(ledger.output()).contains(FROM_STATES + boardAt + ": ");
            assertThat(answers(new LedgerHttp(ledger.baseUrl()))).isEqualTo(first);
        }
    }

    private static long lastPosition(Path snapshot) throws Exception {
        List<String> lines = Files.readAllLines(snapshot);
        Matcher position = Pattern.compile("\"position\":(\\d+)").matcher(lines.get(lines.size() - 1));
        assertThat(position.find()).isTrue();
        return Long.parseLong(position.group(1));
    }

    private static long folded(LedgerProcess ledger) throws Exception {
        Matcher matcher = FOLDED.matcher(ledger.output());
        assertThat(matcher.find()).as(ledger.output()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static Map<String, JsonNode> answers(LedgerHttp http) throws Exception {
        java.util.Map<String, JsonNode> answers = new java.util.LinkedHashMap<>();
        for (String read : READS) {
            LedgerHttp.Response response = http.get(read);
            assertThat(response.status()).as(read).isEqualTo(200);
            answers.put(read, response.json());
        }
        return answers;
    }

    private static EstablishGovernanceBody board() {
        return new EstablishGovernanceBody("snapshot-board", "Board snapshot-board", List.of("Chief Constables"), null, null, null, on("2016"));
    }
}
