package org.allianceledger.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceledger.support.LedgerProcess;
import org.allianceledger.support.StoredHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * The service killed (SIGKILL) part-way through loading the shipped history on its first start: the
 * next start records the rest, and the store holds every entry once, in the file's order.
 */
class HistoryKilledMidLoadTest {

    private static final Duration START = Duration.ofSeconds(120);
    /** Well into the load and far from its end: the file has about 200 entries. */
    private static final int ENTRIES_BEFORE_KILL = 20;
    private static final Pattern LOADED = Pattern.compile("Recorded (\\d+) entries of bch-2011-2019\\.yaml; (\\d+) were recorded before");

    @TempDir
    Path dataDir;

    @Test
    void aRestartAfterSigkillMidLoadRecordsTheRestOnce() throws Exception {
        // The embedded store on a known port, so the test can watch the load from outside the process.
        int storePort = LedgerProcess.freePort();
        String[] store = {"--ledger.embedded.data-dir=" + dataDir, "--ledger.embedded.port=" + storePort};
        Map<String, Integer> eachOnce = StoredHistory.eachShippedEntryOnce();

        try (LedgerProcess first = LedgerProcess.start(LedgerProcess.freePort(), store)) {
            // The store lets in only clients with this start's password, which it writes to its data folder.
            Path storeUri = dataDir.resolve("store.uri");
            await().atMost(START).failFast("the service exited", first::requireAlive).until(() -> Files.exists(storeUri));
            try (MongoClient client = MongoClients.create(Files.readString(storeUri))) {
                MongoDatabase database = client.getDatabase("allianceledger");
                await().atMost(START).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                        .failFast("the service exited", first::requireAlive)
                        .until(() -> StoredHistory.recordings(database).size() >= ENTRIES_BEFORE_KILL);
                first.kill();
            }
        }

        try (LedgerProcess restarted = LedgerProcess.start(LedgerProcess.freePort(), store).awaitStarted(START);
             MongoClient client = MongoClients.create(Files.readString(dataDir.resolve("store.uri")))) {
            Matcher loaded = LOADED.matcher(restarted.output());
            assertThat(loaded.find()).as(restarted.output()).isTrue();
            int before = Integer.parseInt(loaded.group(2));
            int byRestart = Integer.parseInt(loaded.group(1));
            // The entry in flight at the kill may have its event stored but not its key's completion:
            // the restart finds it by the event carrying the key and counts it as its own, once.
            assertThat(before).as("recorded before the kill").isGreaterThanOrEqualTo(ENTRIES_BEFORE_KILL - 1);
            assertThat(byRestart).as("recorded by the restart").isPositive();
            assertThat(StoredHistory.recordings(client.getDatabase("allianceledger")))
                    .as("each entry's command recorded once, in the file's order").containsExactlyEntriesOf(eachOnce);
        }
    }
}
