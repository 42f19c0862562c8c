package org.allianceledger.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An auditor loads another alliance's history from the command line; the shipped one then stays out of that store. */
class LoadHistoryVerbTest {

    private static final Duration RUN = Duration.ofSeconds(90);
    private static final String FILE = """
            documents:
              - {id: minutes, title: "Joint Board minutes, 3 Mar 2020", date: "2020-03-03"}
            entries:
              - id: board
                command: establish-governance-body
                source: {document: minutes, paragraph: "item 2", quote: "The Summit was established"}
                decision: {decidedOn: "2020-03-03", body: "Joint Board", decidedBy: ["Chief Constables"]}
                args: {bodyId: joint-board, name: Joint Board}
            """;

    @TempDir
    Path work;

    @Test
    void aHistoryFileIsLoadedOnceAndAMalformedOneIsRefused() throws Exception {
        Path file = Files.writeString(work.resolve("other-alliance.yaml"), FILE);
        Path malformed = Files.writeString(work.resolve("malformed.yaml"), FILE.replace("2020-03-03\", body", "2020-13\", body"));
        String dataDir = "--ledger.embedded.data-dir=" + work.resolve("data");

        try (LedgerProcess refused = LedgerProcess.run("load-history", malformed.toString(), dataDir)) {
            assertThat(refused.awaitExit(RUN)).isEqualTo(2);
            assertThat(refused.output()).contains("entry board").contains("2020-13");
        }
        try (LedgerProcess load = LedgerProcess.run("load-history", file.toString(), dataDir)) {
            assertThat(load.awaitExit(RUN)).isZero();
            assertThat(load.output()).contains("Recorded 1 entries");
        }
        try (LedgerProcess again = LedgerProcess.run("load-history", file.toString(), dataDir)) {
            assertThat(again.awaitExit(RUN)).as(again.output()).isZero();
            assertThat(again.output()).contains("Recorded 0 entries", "1 were recorded before");
        }
        try (LedgerProcess service = LedgerProcess.start(LedgerProcess.freePort(), dataDir).awaitStarted(RUN)) {
            var stream = new LedgerHttp(service.baseUrl()).get("/api/streams/joint-board").json();
            assertThat(stream).hasSize(1);
            assertThat(stream.get(0).at("/metadata/recorder").asText()).isEqualTo(HistoryLoader.RECORDER);
            assertThat(service.output()).contains("holds other events and none of the entries of bch-2011-2019.yaml");
        }
        try (LedgerProcess replay = LedgerProcess.run("replay", "all", dataDir)) {
            assertThat(replay.awaitExit(RUN)).as(replay.output()).isZero();
            assertThat(replay.output()).contains("Replayed 1 events into the read models");
        }
        try (LedgerProcess unclear = LedgerProcess.run("replay", "decisions", dataDir)) {
            assertThat(unclear.awaitExit(RUN)).isEqualTo(2);
            assertThat(unclear.output()).contains("write 'replay all'");
        }
        try (LedgerProcess verify = LedgerProcess.run("verify-integrity", "all", dataDir)) {
            assertThat(verify.awaitExit(RUN)).as(verify.output()).isZero();
            assertThat(verify.output()).contains("OK: 1 events in 1 streams, 0 seals");
        }
    }
}
