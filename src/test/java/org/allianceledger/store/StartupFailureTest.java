package org.allianceledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.allianceledger.support.LedgerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way the service can fail to start ends the process with a non-zero exit and one message
 * that names the problem: never a hang, never a bare stack trace.
 */
class StartupFailureTest {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    /** It gives up after its own server-selection wait (8 s), not the driver's 30 s; the test's wait only guards against a hang. */
    @Test
    void anUnreachableMongoUriFailsAfterTheConfiguredWaitNamingTheHost() throws Exception {
        int closedPort = LedgerProcess.freePort();
        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(),
                "--ledger.mongodb.uri=mongodb://127.0.0.1:" + closedPort + "/ledger")) {
            assertThat(ledger.awaitExit(Duration.ofSeconds(90))).isNotZero();
            assertFailedPlainly(ledger.output(), "MongoDB at 127.0.0.1:" + closedPort + " did not answer within 8 s");
        }
    }

    @Test
    void aDataFileInUseByAnotherInstanceIsRefused() throws Exception {
        try (LedgerProcess first = LedgerProcess.start(LedgerProcess.freePort(), dataDirArg()).awaitStarted(START);
             LedgerProcess second = LedgerProcess.start(LedgerProcess.freePort(), dataDirArg())) {
            assertThat(second.awaitExit(START)).isNotZero();
            assertFailedPlainly(second.output(), "is locked by another running Alliance Ledger instance");
        }
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsRefused() throws Exception {
        Path notAFolder = Files.writeString(dataDir.resolve("a-file"), "occupied");
        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(),
                "--ledger.embedded.data-dir=" + notAFolder.resolve("data"))) {
            assertThat(ledger.awaitExit(START)).isNotZero();
            assertFailedPlainly(ledger.output(), "The data folder " + notAFolder.resolve("data") + " is not writable");
        }
    }

    @Test
    void anHttpPortInUseIsRefusedAndTheStoreIsClosed() throws Exception {
        try (ServerSocket occupied = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"));
             LedgerProcess ledger = LedgerProcess.start(occupied.getLocalPort(), dataDirArg())) {
            assertThat(ledger.awaitExit(START)).isNotZero();
            assertFailedPlainly(ledger.output(), "Port " + occupied.getLocalPort() + " was already in use");
            assertThat(ledger.output()).contains("Embedded engine closed");
        }
    }

    @Test
    void aHistoryFileThatCannotBeLoadedIsRefusedByEntry() throws Exception {
        Path history = Files.writeString(dataDir.resolve("history.yaml"), """
                documents: [{id: d, title: "Minutes", date: "2020"}]
                entries:
                  - {id: no-name, command: establish-governance-body, source: {document: d, paragraph: "1", quote: "q"},
                     decision: {decidedOn: "2020", decidedBy: [PCC]}, args: {bodyId: board}}
                """);
        try (LedgerProcess ledger = LedgerProcess.start(LedgerProcess.freePort(), dataDirArg(),
                "--ledger.history.file=file:" + history)) {
            assertThat(ledger.awaitExit(START)).isNotZero();
            assertFailedPlainly(ledger.output(), "entry no-name");
            assertThat(ledger.output()).contains("name is required");
        }
    }

    private String dataDirArg() {
        return "--ledger.embedded.data-dir=" + dataDir;
    }

    private static void assertFailedPlainly(String output, String message) throws IOException {
        assertThat(output).contains("APPLICATION FAILED TO START").contains(message);
        assertThat(output.lines().filter(line -> line.startsWith("\tat ")))
                .as("no stack trace is printed")
                .isEmpty();
    }
}
