package org.allianceledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.allianceledger.support.AllFeatureSamples;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A command with {@code If-Match} is recorded only if its aggregate is at the version the client
 * read: a stale one answers 412 with the version now as its ETag, and records nothing, even when
 * several clients that read the same version send their commands at once.
 */
@LedgerServiceTest
class OptimisticConcurrencyTest {

    private static final String ESTABLISH = "/api/commands/establish-governance-body";
    private static final String CHANGE = "/api/commands/change-governance-body-terms";
    private static final String DISBAND = "/api/commands/disband-governance-body";

    @LocalServerPort
    int port;

    private LedgerHttp http;
    private String bodyId;

    @BeforeEach
    void establish() throws Exception {
        http = new LedgerHttp("http://127.0.0.1:" + port);
        bodyId = "body-" + UUID.randomUUID();
        LedgerHttp.Response established = http.postRaw(ESTABLISH, command(ESTABLISH).toString());
        assertThat(established.status()).as(established.body()).isEqualTo(200);
        assertThat(established.header("ETag")).contains("\"0\"");
    }

    @Test
    void aCommandAtTheVersionItReadIsRecordedAndAStaleOneIsRefusedWithTheVersionNow() throws Exception {
        LedgerHttp.Response changed = ifMatch("\"0\"").postRaw(CHANGE, change("quarterly"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).contains("\"1\"");
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);

        LedgerHttp.Response stale = ifMatch("\"0\"").postRaw(CHANGE, change("monthly"));
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(stale.header("ETag")).contains("\"1\"");
        assertThat(stale.json().get("detail").asText()).contains("is at version 1, not \"0\"");
        assertThat(stream()).as("nothing recorded by the stale command").isEqualTo(2);

        assertThat(ifMatch("*").postRaw(CHANGE, change("monthly")).status()).as("* on an existing aggregate").isEqualTo(200);
        assertThat(http.get("/api/streams/" + bodyId).header("ETag")).contains("\"2\"");
    }

    @Test
    void theVersionIsCheckedBeforeTheCommandsOwnRules() throws Exception {
        assertThat(http.postRaw(DISBAND, command(DISBAND).toString()).status()).isEqualTo(200);
        // Disbanding twice breaks a rule (422); with a stale version the client first learns it read an old state.
        LedgerHttp.Response stale = ifMatch("\"0\"").postRaw(DISBAND, command(DISBAND).toString());
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(stream()).isEqualTo(2);
    }

    @Test
    void anAggregateThatDoesNotExistIsAtNoVersion() throws Exception {
        String nobody = command(CHANGE).put("bodyId", "no-such-body-" + UUID.randomUUID()).toString();
        for (String tag : List.of("*", "\"0\"")) {
            LedgerHttp.Response answer = ifMatch(tag).postRaw(CHANGE, nobody);
            assertThat(answer.status()).as(tag + ": " + answer.body()).isEqualTo(412);
            assertThat(answer.header("ETag")).isEmpty();
        }
        LedgerHttp.Response create = ifMatch("\"0\"").postRaw(ESTABLISH, command(ESTABLISH).put("bodyId", "new-" + UUID.randomUUID()).toString());
        assertThat(create.status()).as("a create expecting a version it cannot have: " + create.body()).isEqualTo(412);
    }

    @Test
    void anIfMatchThatNamesNoVersionIsRefusedAsMalformed() throws Exception {
        for (String tag : List.of("1", "W/\"0\"", "\"0\", \"1\"", "\"-1\"", "\"99999999999999999999\"", "\"x\"")) {
            LedgerHttp.Response answer = ifMatch(tag).postRaw(CHANGE, change("monthly"));
            assertThat(answer.status()).as(tag + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.json().get("field").asText()).isEqualTo("If-Match");
        }
        assertThat(stream()).isEqualTo(1);
    }

    @Test
    void ofClientsThatReadTheSameVersionAndSendAtOnceExactlyOneIsRecorded() throws Exception {
        int clients = 8;
        List<Callable<Integer>> sends = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String cadence = "every " + (i + 2) + " weeks";
            sends.add(() -> ifMatch("\"0\"").postRaw(CHANGE, change(cadence)).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(sends)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsOnly(200, 412).filteredOn(status -> status == 200).hasSize(1);
        assertThat(stream()).isEqualTo(2);
    }

    @Test
    void aRetryOfARecordedCommandAnswersAsTheFirstDidThoughItsVersionHasPassed() throws Exception {
        LedgerHttp keyed = ifMatch("\"0\"").withHeader("Idempotency-Key", "change-" + bodyId);
        LedgerHttp.Response first = keyed.postRaw(CHANGE, change("quarterly"));
        LedgerHttp.Response retry = keyed.postRaw(CHANGE, change("quarterly"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(retry.header("ETag")).contains("\"1\"");
        assertThat(stream()).isEqualTo(2);
    }

    private LedgerHttp ifMatch(String tag) {
        return http.withHeader("If-Match", tag);
    }

    private ObjectNode command(String endpoint) {
        ObjectNode json = LedgerHttp.JSON.valueToTree(AllFeatureSamples.commandsByEndpoint().get(endpoint));
        return json.put("bodyId", bodyId);
    }

    private String change(String cadence) {
        ObjectNode json = command(CHANGE);
        json.remove(List.of("members", "chair", "remit"));
        return json.put("cadence", cadence).toString();
    }

    private int stream() throws Exception {
        return http.get("/api/streams/" + bodyId).json().size();
    }
}
