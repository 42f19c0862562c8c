package org.allianceledger.integrity;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import org.allianceledger.governance.GovernanceBodyCommand.ChangeGovernanceBodyTerms;
import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.store.LedgerEventStorageEngine;
import org.allianceledger.store.LedgerSerializer;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

/**
 * An insider who can write to the store and read the signing key rewrites history through the
 * MongoDB driver, then covers the tracks: recomputes every later chain hash, every seal, and signs
 * every checkpoint again with the service's own key. The service's own verification then finds
 * nothing new; every receipt kept from before fails its consistency check, offline against a bundle
 * and against the store, while an untouched log passes. The rewrite is made on a copy of the events
 * in a collection of its own, so the shared store stays whole.
 */
@LedgerServiceTest
class InsiderRewriteTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoClient client;

    @Autowired
    MongoDatabase database;

    @Autowired
    ConfigurableApplicationContext context;

    @TempDir
    Path work;

    private final String first = "insider-a-" + UUID.randomUUID();
    private final String second = "insider-b-" + UUID.randomUUID();
    private final List<Path> receipts = new ArrayList<>();
    private MongoCollection<Document> copy;
    private StoredChain copied;

    @BeforeEach
    void recordTwoBoardsAndKeepReceiptsBetween() throws Exception {
        String base = "http://127.0.0.1:" + port;
        LedgerHttp recorder = new LedgerHttp(base, TestUsers.RECORDER);
        LedgerHttp viewer = new LedgerHttp(base, TestUsers.VIEWER);
        for (String board : List.of(first, second)) {
            assertThat(recorder.post("/api/commands/establish-governance-body", new EstablishGovernanceBody(
                    board, "Insider Board", List.of("PCCs"), null, "monthly", null, on("2016"))).status()).isEqualTo(200);
            for (String cadence : List.of("quarterly", "annually", "weekly")) {
                assertThat(recorder.post("/api/commands/change-governance-body-terms",
                        new ChangeGovernanceBodyTerms(board, null, null, cadence, null, on("2017"))).status()).isEqualTo(200);
            }
        }
        assertThat(new LedgerHttp(base, TestUsers.AUDITOR).postRaw("/api/integrity/seal", null).status()).isEqualTo(200);
        receipts.add(Files.writeString(work.resolve("receipt-1.json"), viewer.get("/api/integrity/receipt").body()));
        assertThat(recorder.post("/api/commands/change-governance-body-terms",
                new ChangeGovernanceBodyTerms(second, null, null, "daily", null, on("2018"))).status()).isEqualTo(200);
        receipts.add(Files.writeString(work.resolve("receipt-2.json"), viewer.get("/api/integrity/receipt").body()));

        String collection = "insider-" + UUID.randomUUID();
        copy = database.getCollection(collection);
        copy.insertMany(database.getCollection("events").find(LedgerEventStorageEngine.holdsEvent()).into(new ArrayList<>()));
        copied = new StoredChain(DefaultMongoTemplate.builder().mongoDatabase(client, database.getName())
                .domainEventsCollectionName(collection).build());
    }

    @AfterEach
    void dropTheCopy() {
        copy.drop();
    }

    @Test
    void anUntouchedLogExtendsEveryReceipt() throws Exception {
        for (Path receipt : receipts) {
            assertThat(verifyBundle(receipt)).isZero();
            assertThat(verifyReceiptAgainstTheStore(receipt)).isZero();
            assertThat(ReceiptCheck.check(Receipt.read(Files.readString(receipt)), copied.all().events()).ok()).isTrue();
        }
    }

    @Test
    void anOldPayloadEditedWithEveryLaterHashRecomputed() throws Exception {
        rewriteAndExpectEveryReceiptToFail(log -> event(log, first, 1).get("serializedPayload", Document.class).put("cadence", "never"));
    }

    @Test
    void aStreamsTailDeleted() throws Exception {
        rewriteAndExpectEveryReceiptToFail(log -> log.remove(event(log, first, 3)));
    }

    @Test
    void twoEventsOfDifferentStreamsReordered() throws Exception {
        rewriteAndExpectEveryReceiptToFail(log -> {
            Document last = event(log, first, 3);
            Document next = event(log, second, 0);
            Object position = last.get("_id");
            last.put("_id", next.get("_id"));
            next.put("_id", position);
            log.sort((a, b) -> Long.compare(a.getLong("_id"), b.getLong("_id")));
        });
    }

    @Test
    void aForgedEventInserted() throws Exception {
        rewriteAndExpectEveryReceiptToFail(log -> {
            Document original = event(log, first, 1);
            String forgedStream = "forged-" + UUID.randomUUID();
            Document forged = new Document(original).append("eventIdentifier", UUID.randomUUID().toString())
                    .append("aggregateIdentifier", forgedStream).append("sequenceNumber", 0L)
                    .append(LedgerEventStorageEngine.STREAM_POSITION, LedgerEventStorageEngine.streamPosition(forgedStream, 0))
                    .append("serializedMetaData", new Document(metadata(original)));
            log.add(log.indexOf(original) + 1, forged);
            // The insider makes room: every later event moves one position on.
            for (int i = log.indexOf(forged); i < log.size(); i++) {
                log.get(i).put("_id", log.get(i - 1).getLong("_id") + 1);
            }
        });
    }

    private void rewriteAndExpectEveryReceiptToFail(Consumer<List<Document>> rewrite) throws Exception {
        List<String> problemsBefore = problems(copied.all().verify());
        List<Document> log = copy.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
        rewrite.accept(log);
        coverTracks(log, context.getBean(SigningKey.class));
        copy.deleteMany(new Document());
        copy.insertMany(log);

        assertThat(problems(copied.all().verify())).as("the service's own check sees nothing new").isEqualTo(problemsBefore);
        for (Path receipt : receipts) {
            ReceiptCheck.Verdict verdict = ReceiptCheck.check(Receipt.read(Files.readString(receipt)), copied.all().events());
            assertThat(verdict.ok()).as(receipt.getFileName() + ": " + verdict.outcome()).isFalse();
            assertThat(verifyBundle(receipt)).as("verify-bundle --receipt " + receipt.getFileName()).isEqualTo(3);
        }
    }

    /** verify-bundle of an export of the copy, as the jar runs it. */
    private int verifyBundle(Path receipt) throws Exception {
        Path bundle = Files.write(work.resolve("bundle.zip"), Bundle.write(copied.all(), context.getBean(SigningKey.class), Instant.now()));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = OfflineVerifier.run(new String[] {OfflineVerifier.VERB, bundle.toString(), "--receipt", receipt.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(output.toString(StandardCharsets.UTF_8)).contains(exit == 0 ? "The log extends the receipt" : "does NOT");
        return exit;
    }

    private int verifyReceiptAgainstTheStore(Path receipt) throws Exception {
        return new VerifyReceiptVerb().run(context, receipt.toString(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
    }

    private static Document event(List<Document> log, String stream, long sequence) {
        return log.stream().filter(document -> stream.equals(document.get("aggregateIdentifier"))
                && document.get("sequenceNumber", Number.class).longValue() == sequence).findFirst().orElseThrow();
    }

    private static List<String> problems(IntegrityReport report) {
        return report.breaks().stream().map(IntegrityReport.Break::problem).toList();
    }

    /**
     * What an insider with the key does after changing {@code log} (in position order): every stream's
     * chain hashed again, each seal's heads and root made to match, each checkpoint's tree size and
     * root recomputed over the events before it and signed again.
     */
    private void coverTracks(List<Document> log, SigningKey key) {
        Map<String, String> heads = new HashMap<>();
        Map<String, TreeMap<Long, String>> hashes = new HashMap<>();
        for (Document document : log) {
            String stream = document.getString("aggregateIdentifier");
            if (!stream.equals(IntegritySealed.STREAM) && !stream.equals(IntegrityCheckpointed.STREAM)) {
                rechain(document, heads);
                hashes.computeIfAbsent(stream, s -> new TreeMap<>()).put(document.getLong("sequenceNumber"),
                        metadata(document).getString(ChainedEvent.HASH));
            }
        }
        for (Document seal : log) {
            if (seal.getString("aggregateIdentifier").equals(IntegritySealed.STREAM)) {
                Document payload = seal.get("serializedPayload", Document.class);
                List<IntegritySealed.StreamHead> sealed = new ArrayList<>();
                for (Document head : payload.getList("heads", Document.class)) {
                    Map.Entry<Long, String> now = hashes.getOrDefault(head.getString("aggregateId"), new TreeMap<>())
                            .floorEntry(head.get("sequence", Number.class).longValue());
                    if (now != null) {
                        sealed.add(new IntegritySealed.StreamHead(head.getString("aggregateId"), now.getKey(), now.getValue()));
                    }
                }
                payload.put("heads", sealed.stream().map(head -> new Document("aggregateId", head.aggregateId())
                        .append("sequence", head.sequence()).append("hash", head.hash())).toList());
                payload.put("merkleRoot", MerkleRoot.of(sealed));
                rechain(seal, heads);
            }
        }
        for (int i = 0; i < log.size(); i++) {
            Document checkpoint = log.get(i);
            if (checkpoint.getString("aggregateIdentifier").equals(IntegrityCheckpointed.STREAM)) {
                MerkleTree tree = LogTree.of(log.subList(0, i).stream().map(copied::read).toList());
                IntegrityCheckpointed was = Checkpoints.read(copied.read(checkpoint).payload());
                IntegrityCheckpointed forged = Checkpoints.sign(tree.size(), LogTree.HEX.formatHex(tree.root(tree.size())), was.at(),
                        List.of(key));
                checkpoint.put("serializedPayload", Document.parse(LedgerSerializer.JSON.valueToTree(forged).toString()));
                rechain(checkpoint, heads);
            }
        }
    }

    private void rechain(Document document, Map<String, String> heads) {
        String stream = document.getString("aggregateIdentifier");
        String previous = heads.getOrDefault(stream, ChainedEvent.GENESIS);
        String hash = copied.read(document).hash(previous);
        metadata(document).append(ChainedEvent.PREVIOUS_HASH, previous).append(ChainedEvent.HASH, hash);
        heads.put(stream, hash);
    }

    private static Document metadata(Document document) {
        return document.get("serializedMetaData", Document.class);
    }
}
