package org.allianceledger.command;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.allianceledger.governance.GovernanceBodyCommand.ChangeGovernanceBodyTerms;
import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/** A retried command is recorded once; its key cannot be reused for another command. */
@LedgerServiceTest
class IdempotentCommandsTest {

    private static final String CHANGE_TERMS = "/api/commands/change-governance-body-terms";
    private static final int RETRIES = 20;

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private String base;

    @BeforeEach
    void setUp() {
        base = "http://127.0.0.1:" + port;
    }

    private String newBody(String id) throws Exception {
        LedgerHttp http = new LedgerHttp(base);
        assertThat(http.post("/api/commands/establish-governance-body", new EstablishGovernanceBody(
                id, "Retry Board", List.of("Chief Constables"), null, "monthly", null, on("2016"))).status()).isEqualTo(200);
        return id;
    }

    private List<JsonNode> stream(String id) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        new LedgerHttp(base).get("/api/streams/" + id).json().forEach(events::add);
        return events;
    }

    @Test
    void twentyParallelRetriesOfOneCommandWithOneKeyRecordOneEvent() throws Exception {
        String board = newBody("parallel-retry-board");
        LedgerHttp retrying = new LedgerHttp(base, TestUsers.RECORDER).withHeader(IdempotentCommands.HEADER, "change-7f3a");
        ChangeGovernanceBodyTerms change = new ChangeGovernanceBodyTerms(board, null, null, "quarterly", null, on("2017"));

        List<LedgerHttp.Response> answers = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(RETRIES);
        try {
            List<Callable<LedgerHttp.Response>> sends = new ArrayList<>();
            for (int i = 0; i < RETRIES; i++) {
                sends.add(() -> retrying.post(CHANGE_TERMS, change));
            }
            for (Future<LedgerHttp.Response> answer : clients.invokeAll(sends)) {
                answers.add(answer.get());
            }
        } finally {
            clients.shutdown();
        }

        assertThat(answers).extracting(LedgerHttp.Response::status).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.json().get("version").asLong()).containsOnly(1L);
        List<JsonNode> events = stream(board);
        assertThat(events).extracting(event -> event.get("type").asText())
                .containsExactly("GovernanceBodyEstablished", "GovernanceBodyTermsChanged");
        JsonNode metadata = events.get(1).get("metadata");
        assertThat(metadata.get("recorder").asText()).isEqualTo("recorder");
        assertThat(metadata.get("clientCommandId").asText()).isEqualTo("change-7f3a");
        assertThat(metadata.get("correlationId").asText()).isNotBlank();
    }

    @Test
    void aRetryAnswersAsTheFirstDidAndTheSameKeyForAnotherCommandIsAConflictThatWritesNothing() throws Exception {
        String board = newBody("key-reuse-board");
        LedgerHttp http = new LedgerHttp(base).withHeader(IdempotentCommands.HEADER, "terms-2017");

        LedgerHttp.Response first = http.post(CHANGE_TERMS, new ChangeGovernanceBodyTerms(board, null, null, "quarterly", null, on("2017")));
        // The same command, written with other spacing: the same command as the ledger reads it.
        LedgerHttp.Response retry = http.postRaw(CHANGE_TERMS, LedgerHttp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                new ChangeGovernanceBodyTerms(board, null, null, "quarterly", null, on("2017"))));
        LedgerHttp.Response reused = http.post(CHANGE_TERMS, new ChangeGovernanceBodyTerms(board, null, null, "annually", null, on("2018")));

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().get("detail").asText()).contains("terms-2017", "different command");
        assertThat(stream(board)).hasSize(2);
    }

    /** As a process that died mid-command leaves its claim: pending, and older than the wait. */
    private void leaveStaleClaim(String key, Object command) {
        MongoCollection<Document> claims = database.getCollection("command_idempotency");
        claims.replaceOne(Filters.eq("_id", TestUsers.CLERK.username() + "/" + key), new Document("_id", TestUsers.CLERK.username() + "/" + key)
                .append("fingerprint", IdempotentCommands.fingerprint(command)).append("state", "pending")
                .append("claimedAt", new Date(0)), new ReplaceOptions().upsert(true));
    }

    @Test
    void aRetryAfterTheFirstDiedHavingRecordedAnswersFromTheEventsCarryingTheKey() throws Exception {
        String board = newBody("died-after-recording-board");
        ChangeGovernanceBodyTerms change = new ChangeGovernanceBodyTerms(board, null, null, "quarterly", null, on("2017"));
        LedgerHttp http = new LedgerHttp(base).withHeader(IdempotentCommands.HEADER, "died-after");
        assertThat(http.post(CHANGE_TERMS, change).status()).isEqualTo(200);
        leaveStaleClaim("died-after", change);

        LedgerHttp.Response retry = http.post(CHANGE_TERMS, change);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("version").asLong()).isEqualTo(1);
        assertThat(stream(board)).hasSize(2);
    }

    @Test
    void aRetryAfterTheFirstDiedBeforeRecordingRecordsTheCommandOnce() throws Exception {
        String board = newBody("died-before-recording-board");
        ChangeGovernanceBodyTerms change = new ChangeGovernanceBodyTerms(board, null, null, "quarterly", null, on("2017"));
        leaveStaleClaim("died-before", change);
        LedgerHttp http = new LedgerHttp(base).withHeader(IdempotentCommands.HEADER, "died-before");

        LedgerHttp.Response retry = http.post(CHANGE_TERMS, change);
        LedgerHttp.Response again = http.post(CHANGE_TERMS, change);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(retry.body());
        assertThat(stream(board)).hasSize(2);
    }

    @Test
    void aRejectedCommandLeavesItsKeyFreeForTheCorrectedOne() throws Exception {
        String board = newBody("corrected-retry-board");
        LedgerHttp http = new LedgerHttp(base).withHeader(IdempotentCommands.HEADER, "fix-me");

        LedgerHttp.Response rejected = http.post(CHANGE_TERMS, new ChangeGovernanceBodyTerms(board, null, null, "weekly", null, on("2099")));
        LedgerHttp.Response corrected = http.post(CHANGE_TERMS, new ChangeGovernanceBodyTerms(board, null, null, "weekly", null, on("2018")));

        assertThat(rejected.status()).isBetween(400, 499).isNotEqualTo(409);
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(stream(board)).hasSize(2);
    }
}
