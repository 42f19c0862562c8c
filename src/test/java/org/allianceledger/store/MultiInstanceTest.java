package org.allianceledger.store;

import static com.mongodb.client.model.Filters.eq;
import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.readmodel.ReadModels;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerProcess;
import org.allianceledger.support.StoredHistory;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * Two service instances share one store served by {@code serve-store}. Started at once on the empty
 * store, as the compose file starts them, both load the shipped history, neither answers before all
 * of it is recorded, and the store holds each of its entries once. Both record, each processes one of the two read-model segments, and both answer
 * the same read models.
 */
@Timeout(value = 280, unit = TimeUnit.SECONDS)
class MultiInstanceTest {

    private static final Duration STORE_START = Duration.ofSeconds(30);
    /** Both load the shipped history before they answer, sharing two cores: slow on a small machine. */
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration SETTLE = Duration.ofSeconds(45);
    private static final List<String> READS = List.of("/api/decisions", "/api/functions", "/api/agreements");

    @TempDir
    Path dataDir;

    @Test
    void twoInstancesShareOneStoreAndSplitTheReadModelSegments() throws Exception {
        int storePort = LedgerProcess.freePort();
        LedgerProcess store = LedgerProcess.run(StandaloneStore.VERB, dataDir.toString(), "--port=" + storePort);
        try (store) {
            store.awaitOutput("Store serving mongodb://127.0.0.1:" + storePort, STORE_START);
            // The connection string with this start's password. The README passes it in MONGODB_URI, which other
            // OS users cannot read, unlike a command line; for a test the argument will do.
            String uri = Files.readString(dataDir.resolve("store.uri"));
            // The users come from the test classpath's config/application.yml, as for every forked service.
            try (LedgerProcess a = instance(uri); LedgerProcess b = instance(uri);
                 MongoClient client = MongoClients.create(uri)) {
                MongoDatabase database = client.getDatabase("allianceledger");
                // Whichever answers first answers on the whole history: neither comes up on a part of it.
                await().atMost(START).until(() -> a.hasStarted() | b.hasStarted());
                assertThat(StoredHistory.recordings(database)).as("each entry's command recorded once, in the file's order")
                        .containsExactlyEntriesOf(StoredHistory.eachShippedEntryOnce());
                a.awaitStarted(START);
                b.awaitStarted(START);
                bothRecordAndServeTheSameReadModels(new LedgerHttp(a.baseUrl()), new LedgerHttp(b.baseUrl()), database);
            }
        }
        assertThat(store.output()).as("SIGTERM closes the store cleanly").contains("Embedded engine closed");
    }

    private static LedgerProcess instance(String uri) throws IOException {
        return LedgerProcess.start(LedgerProcess.freePort(), "--ledger.mongodb.uri=" + uri,
                "--axon.eventhandling.processors.read-models.initial-segment-count=2",
                "--ledger.read-models.max-claimed-segments=1");
    }

    private static void bothRecordAndServeTheSameReadModels(LedgerHttp a, LedgerHttp b, MongoDatabase database) throws Exception {
        assertThat(a.post("/api/commands/establish-governance-body", board("multi-board-a")).status()).isEqualTo(200);
        assertThat(b.post("/api/commands/establish-governance-body", board("multi-board-b")).status()).isEqualTo(200);

        await().atMost(SETTLE).untilAsserted(() ->
                assertThat(owners(database)).as("one segment each").hasSize(2).doesNotContainNull().doesNotHaveDuplicates());
        // Each read waits until every segment's token, whichever instance holds it, covers the newest event.
        for (String read : READS) {
            assertThat(a.get(read).json()).as(read).isEqualTo(b.get(read).json());
        }
        assertThat(b.get("/api/decisions").json().findValuesAsText("id")).contains("multi-board-a", "multi-board-b");
    }

    /** The owner of each segment of the read-models processor in the token store. */
    private static List<String> owners(MongoDatabase database) {
        List<String> owners = new ArrayList<>();
        database.getCollection("trackingtokens").find(eq("processorName", ReadModels.PROCESSING_GROUP))
                .forEach((Document token) -> owners.add(token.getString("owner")));
        return owners;
    }

    private static EstablishGovernanceBody board(String id) {
        return new EstablishGovernanceBody(id, "Board " + id, List.of("Chief Constables"), null, null, null, on("2016"));
    }
}
