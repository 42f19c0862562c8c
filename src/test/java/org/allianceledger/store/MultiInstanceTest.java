package org.allianceledger.store;

import static com.mongodb.client.model.Filters.eq;
import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.readmodel.ReadModels;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerProcess;
import org.allianceledger.support.StoredHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * Two service instances share one store served by {@code serve-store}. Started at once on the empty
 * store, as the compose file starts them, both load the shipped history, neither answers before all
 * of it is recorded, and the store holds each of its entries once. Each holds its own views, filled
 * from the store by its own processor: a write on either is read back at once on the other, under
 * concurrent load too, and both answer the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 280, unit = TimeUnit.SECONDS)
class MultiInstanceTest {

    private static final Duration STORE_START = Duration.ofSeconds(30);
    /** Both load the shipped history before they answer, sharing two cores: slow on a small machine. */
    private static final Duration START = Duration.ofSeconds(120);
    private static final List<String> READS = List.of("/api/decisions", "/api/functions", "/api/agreements");
    private static final int CLIENTS = 4;
    private static final int WRITES_PER_CLIENT = 10;

    @TempDir
    static Path dataDir;

    private LedgerProcess store;
    private LedgerProcess a;
    private LedgerProcess b;
    private MongoClient client;
    private MongoDatabase database;
    private boolean firstAnswerHadTheWholeHistory;

    @BeforeAll
    void startTwoInstancesAtOnceOnAnEmptyStore() throws Exception {
        int storePort = LedgerProcess.freePort();
        store = LedgerProcess.run(StandaloneStore.VERB, dataDir.toString(), "--port=" + storePort);
        store.awaitOutput("Store serving mongodb://127.0.0.1:" + storePort, STORE_START);
        // The connection string with this start's password. The README passes it in MONGODB_URI, which other
        // OS users cannot read, unlike a command line; for a test the argument will do.
        String uri = Files.readString(dataDir.resolve("store.uri"));
        // The users come from the test classpath's config/application.yml, as for every forked service.
        // Each with its own folder, for its read models' snapshot.
        a = LedgerProcess.start(LedgerProcess.freePort(), "--ledger.mongodb.uri=" + uri, "--ledger.embedded.data-dir=" + dataDir.resolve("a"));
        b = LedgerProcess.start(LedgerProcess.freePort(), "--ledger.mongodb.uri=" + uri, "--ledger.embedded.data-dir=" + dataDir.resolve("b"));
        client = MongoClients.create(uri);
        database = client.getDatabase("allianceledger");
        // Whichever answers first answers on the whole history: neither comes up on a part of it.
        await().atMost(START).until(() -> a.hasStarted() | b.hasStarted());
        firstAnswerHadTheWholeHistory = StoredHistory.recordings(database).equals(StoredHistory.eachShippedEntryOnce());
        a.awaitStarted(START);
        b.awaitStarted(START);
    }

    @AfterAll
    void stop() throws Exception {
        try (LedgerProcess stopStore = store; LedgerProcess stopA = a; LedgerProcess stopB = b; MongoClient stopClient = client) {
            // closed in reverse order: the instances before the store
        }
        assertThat(store.output()).as("SIGTERM closes the store cleanly").contains("Embedded engine closed");
    }

    @Test
    void bothComeUpOnTheWholeHistoryRecordedOnce() throws Exception {
        assertThat(firstAnswerHadTheWholeHistory).as("the first instance to answer saw every entry recorded").isTrue();
        assertThat(StoredHistory.recordings(database)).as("each entry's command recorded once, in the file's order")
                .containsExactlyEntriesOf(StoredHistory.eachShippedEntryOnce());
        assertThat(database.getCollection("trackingtokens").countDocuments(eq("processorName", ReadModels.PROCESSING_GROUP)))
                .as("each instance keeps its views' position to itself").isZero();
    }

    @Test
    void aWriteOnEitherIsReadBackAtOnceOnTheOtherUnderConcurrentLoad() throws Exception {
        LedgerHttp[] instances = {new LedgerHttp(a.baseUrl()), new LedgerHttp(b.baseUrl())};
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int clientNumber = c;
                done.add(clients.submit(() -> {
                    for (int n = 0; n < WRITES_PER_CLIENT; n++) {
                        String id = "load-" + clientNumber + "-" + n;
                        LedgerHttp writer = instances[(clientNumber + n) % 2];
                        LedgerHttp reader = instances[(clientNumber + n + 1) % 2];
                        assertThat(writer.post("/api/commands/establish-governance-body", board(id)).status()).isEqualTo(200);
                        assertThat(reader.get("/api/decisions?subject=" + id).json().findValuesAsText("id"))
                                .as("read on the other instance right after the write").contains(id);
                    }
                    return null;
                }));
            }
            for (Future<?> client : done) {
                client.get(START.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        for (String read : READS) {
            assertThat(instances[0].get(read).json()).as(read).isEqualTo(instances[1].get(read).json());
        }
    }

    private static EstablishGovernanceBody board(String id) {
        return new EstablishGovernanceBody(id, "Board " + id, List.of("Chief Constables"), null, null, null, on("2016"));
    }
}
