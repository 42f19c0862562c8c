package org.allianceledger.integrity;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceledger.governance.GovernanceBodyCommand.ChangeGovernanceBodyTerms;
import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.Filters;

/**
 * The log as a transparency log through the service: checkpoints signed and kept as events, receipts
 * any reader may keep, and RFC 9162 proofs that an independent verifier accepts; verification
 * compares every checkpoint with the tree rebuilt from the events.
 */
@LedgerServiceTest
class TransparencyTest {

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    MongoDatabase database;

    @TempDir
    Path work;

    private LedgerHttp auditor;
    private LedgerHttp viewer;
    private LedgerHttp recorder;
    private String board;

    @BeforeEach
    void clients() {
        String base = "http://127.0.0.1:" + port;
        auditor = new LedgerHttp(base, TestUsers.AUDITOR);
        viewer = new LedgerHttp(base, TestUsers.VIEWER);
        recorder = new LedgerHttp(base, TestUsers.RECORDER);
        board = "transparency-" + UUID.randomUUID();
    }

    private String record(String cadence) throws Exception {
        LedgerHttp.Response answer = cadence == null
                ? recorder.post("/api/commands/establish-governance-body", new EstablishGovernanceBody(
                board, "Transparency Board", List.of("PCCs"), null, "monthly", null, on("2016")))
                : recorder.post("/api/commands/change-governance-body-terms",
                new ChangeGovernanceBodyTerms(board, null, null, cadence, null, on("2017")));
        assertThat(answer.status()).isEqualTo(200);
        long sequence = answer.json().get("version").asLong();
        return database.getCollection("events").find(Filters.and(Filters.eq("aggregateIdentifier", board),
                Filters.eq("sequenceNumber", sequence))).first().getString("eventIdentifier");
    }

    @Test
    void aReceiptIsASignedCheckpointThatLaterProofsExtend() throws Exception {
        String established = record(null);
        LedgerHttp.Response download = viewer.get("/api/integrity/receipt");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).contains("attachment"));
        IntegrityCheckpointed receipt = Receipt.read(download.body());
        assertThat(Checkpoints.signers(receipt)).containsExactly(
                auditor.get("/api/integrity/public-key", "text/plain").header(IntegrityController.FINGERPRINT).orElseThrow());
        JsonNode latest = viewer.get("/api/integrity/checkpoint").json();
        assertThat(latest.get("treeSize").asLong()).isEqualTo(receipt.treeSize());
        assertThat(latest.get("rootHash").asText()).isEqualTo(receipt.rootHash());

        record("weekly");
        record("quarterly");
        JsonNode inclusion = viewer.get("/api/integrity/proof/inclusion?eventId=" + established + "&treeSize=" + receipt.treeSize()).json();
        assertThat(inclusion.get("rootHash").asText()).isEqualTo(receipt.rootHash());
        assertThat(ProofCheck.inclusion(inclusion.get("leafIndex").asLong(), receipt.treeSize(),
                LogTree.HEX.parseHex(inclusion.get("leafHash").asText()), hashes(inclusion.get("auditPath")),
                LogTree.HEX.parseHex(receipt.rootHash()))).isTrue();

        JsonNode consistency = viewer.get("/api/integrity/proof/consistency?from=" + receipt.treeSize()).json();
        assertThat(consistency.get("to").asLong()).isGreaterThan(receipt.treeSize());
        assertThat(ProofCheck.consistency(receipt.treeSize(), consistency.get("to").asLong(), LogTree.HEX.parseHex(receipt.rootHash()),
                LogTree.HEX.parseHex(consistency.get("toRoot").asText()), hashes(consistency.get("proof")))).isTrue();

        Path kept = Files.writeString(work.resolve("receipt.json"), download.body());
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = new VerifyReceiptVerb().run(context, kept.toString(), new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("The log extends the receipt");
        assertThat(exit).isZero();
    }

    @Test
    void aCheckpointIsMadeAtEachSealAndKeptAsAnEventThatVerificationRecomputes() throws Exception {
        record(null);
        assertThat(auditor.postRaw("/api/integrity/seal", null).json().get("sealed").asBoolean()).isTrue();
        JsonNode checkpoint = auditor.get("/api/integrity/checkpoint").json();
        JsonNode report = auditor.get("/api/integrity/verify").json();
        assertThat(report.get("ok").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("checkpoints").asInt()).isPositive();
        assertThat(report.get("treeSize").asLong()).isGreaterThan(checkpoint.get("treeSize").asLong());

        assertThat(auditor.postRaw("/api/integrity/checkpoint", null).json()).as("nothing but the seal's checkpoint since")
                .isEqualTo(checkpoint);
        record("weekly");
        JsonNode again = auditor.postRaw("/api/integrity/checkpoint", null).json();
        assertThat(again.get("treeSize").asLong()).isGreaterThan(checkpoint.get("treeSize").asLong() + 1);
        assertThat(auditor.get("/api/integrity/checkpoint").json()).isEqualTo(again);
    }

    @Test
    void anEventChangedBehindTheServicesBackAfterItTookItIntoTheTreeIsABreak() throws Exception {
        String established = record(null);
        // A read waits for the read models to hold the event as recorded, before it is changed under them.
        assertThat(viewer.get("/api/decisions?subject=" + board).status()).isEqualTo(200);
        context.getBean(LogTree.class).head();
        MongoCollection<Document> events = database.getCollection("events");
        Document original = events.find(Filters.eq("eventIdentifier", established)).first();
        try {
            events.updateOne(Filters.eq("_id", original.get("_id")), Updates.set("serializedPayload.name", "Renamed Board"));
            assertThat(auditor.get("/api/integrity/verify").json().get("breaks")).anySatisfy(found ->
                    assertThat(found.get("problem").asText()).endsWith("are no longer those this service took into its Merkle tree as they were stored"));
        } finally {
            events.replaceOne(Filters.eq("_id", original.get("_id")), original);
        }
        assertThat(auditor.get("/api/integrity/verify").json().get("ok").asBoolean()).isTrue();
    }

    @Test
    void badProofParametersAreProblemsNamingTheParameter() throws Exception {
        String event = record(null);
        long size = viewer.get("/api/integrity/checkpoint").json().get("treeSize").asLong();
        assertProblem(viewer.get("/api/integrity/proof/inclusion"), 400, "eventId");
        assertProblem(viewer.get("/api/integrity/proof/inclusion?eventId=no-such-event"), 404, "eventId");
        assertProblem(viewer.get("/api/integrity/proof/inclusion?eventId=" + event + "&treeSize=0"), 400, "treeSize");
        assertProblem(viewer.get("/api/integrity/proof/inclusion?eventId=" + event + "&treeSize=many"), 400, "treeSize");
        assertProblem(viewer.get("/api/integrity/proof/inclusion?eventId=" + event + "&treeSize=" + Long.MAX_VALUE), 400, "treeSize");
        assertProblem(viewer.get("/api/integrity/proof/consistency"), 400, "from");
        assertProblem(viewer.get("/api/integrity/proof/consistency?from=0"), 400, "from");
        assertProblem(viewer.get("/api/integrity/proof/consistency?from=" + (size + 1) + "&to=" + size), 400, "from");
        assertProblem(viewer.get("/api/integrity/proof/consistency?from=1&to=" + Long.MAX_VALUE), 400, "to");
    }

    @Test
    void everyPageSaysWhichStateOfTheLogItWasReadAtAndTheDecisionPageOffersItsProof() throws Exception {
        String established = record(null);
        LogTree.Head head = context.getBean(LogTree.class).head();
        for (String page : List.of("/timeline", "/proofs", "/timeline/" + established)) {
            String html = viewer.get(page, "text/html").body();
            assertThat(html).as(page).contains("Read at the log's checkpoint of")
                    .contains(head.root().substring(0, LogHeadAdvice.ROOT_SHOWN) + "…");
        }
        assertThat(viewer.get("/timeline/" + established, "text/html").body())
                .contains("/api/integrity/proof/inclusion?eventId=" + established);
        assertThat(viewer.get("/proofs", "text/html").body()).contains("id=\"tree-size\"").contains("RFC 9162");
        assertThat(viewer.get("/api/decisions?format=csv", "text/csv").header(LogHeadHeader.HEADER))
                .hasValueSatisfying(value -> assertThat(value).matches("treeSize=\\d+; rootHash=[0-9a-f]{64}"));
        assertThat(viewer.get("/api/decisions").header(LogHeadHeader.HEADER)).isEmpty();
        LedgerHttp.Response download = viewer.get("/api/recommendations?format=csv", "text/csv");
        Matcher checkpoint = Pattern.compile("treeSize=(\\d+); rootHash=([0-9a-f]{12})[0-9a-f]{52}")
                .matcher(download.header(LogHeadHeader.HEADER).orElseThrow());
        assertThat(checkpoint.matches()).isTrue();
        assertThat(download.header("Content-Disposition")).as("a downloaded file keeps the checkpoint in its name")
                .hasValue("attachment; filename=\"recommendations-at-log-" + checkpoint.group(1) + "-" + checkpoint.group(2) + ".csv\"");
    }

    private static void assertProblem(LedgerHttp.Response answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.json().get("field").asText()).isEqualTo(field);
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(LogTree.HEX.parseHex(hash.asText())));
        return hashes;
    }
}
