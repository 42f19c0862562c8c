package org.allianceledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.allianceledger.command.CommandCatalog;
import org.allianceledger.support.AllFeatureSamples;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;

/**
 * Every command endpoint rejects an empty body, a malformed body and a body that breaks a rule
 * with a problem+json answer, and stores nothing.
 */
@LedgerServiceTest
class CommandEndpointsRejectBadInputTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    CommandCatalog catalog;

    private LedgerHttp http;
    private final Map<String, Object> samples = AllFeatureSamples.commandsByEndpoint();

    @BeforeEach
    void setUp() {
        http = new LedgerHttp("http://127.0.0.1:" + port);
    }

    private Set<String> commandEndpoints() {
        return catalog.all().keySet().stream()
                .map(name -> "/api/commands/" + name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyCommandEndpointHasASampleAndEverySampleAnEndpoint() {
        assertThat(commandEndpoints()).hasSizeGreaterThan(30);
        assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(commandEndpoints());
    }

    @Test
    void everyCommandIsDocumentedAsItsOwnEndpoint() throws Exception {
        var paths = http.get("/v3/api-docs").json().get("paths");

        assertThat(commandEndpoints()).allSatisfy(endpoint ->
                assertThat(paths.at("/" + endpoint.replace("/", "~1") + "/post/requestBody")).isNotEmpty());
    }

    @Test
    void anUnknownCommandIsNotFound() throws Exception {
        assertProblem(http.postRaw("/api/commands/abolish-the-alliance", "{}"), 404, "unknown command");
    }

    @Test
    void emptyMalformedAndRuleBreakingBodiesAreRejectedAndStoreNothing() throws Exception {
        long eventsBefore = storedEvents();
        for (String endpoint : commandEndpoints()) {
            assertProblem(http.postRaw(endpoint, null), 400, endpoint + " with an empty body");
            assertProblem(http.postRaw(endpoint, "{\"decision\": {"), 400, endpoint + " with malformed JSON");
            assertProblem(http.postRaw(endpoint, "[]"), 400, endpoint + " with an array");
            assertProblem(http.post(endpoint, decidedInTheFuture(samples.get(endpoint))), 422,
                    endpoint + " with a decision dated in the future");
        }
        assertThat(storedEvents()).as("events stored by rejected commands").isEqualTo(eventsBefore);
    }

    @Test
    void aCommandNamingAnotherKindOfRecordsIdFindsNothingOfItsKind() throws Exception {
        ObjectNode board = LedgerHttp.JSON.valueToTree(samples.get("/api/commands/establish-governance-body"));
        String id = "shared-id-" + UUID.randomUUID();
        assertThat(http.post("/api/commands/establish-governance-body", board.put("bodyId", id)).status()).isEqualTo(200);
        ObjectNode deferral = LedgerHttp.JSON.valueToTree(samples.get("/api/commands/defer-collaboration"));
        long eventsBefore = storedEvents();

        assertProblem(http.post("/api/commands/defer-collaboration", deferral.put("functionId", id)), 404, "a board's id as a function's");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void aFiscalYearSuchAs2016To18IsMalformed() throws Exception {
        ObjectNode json = LedgerHttp.JSON.valueToTree(samples.get("/api/commands/record-change-team-cost"));
        json.put("fiscalYear", "2016/18");

        var response = http.post("/api/commands/record-change-team-cost", json);

        assertProblem(response, 400, "fiscal year 2016/18");
        assertThat(response.json().get("detail").asText()).contains("2016/18");
    }

    @Test
    void aReviewDateBeforeTheDeferralItselfIsMalformed() throws Exception {
        ObjectNode json = LedgerHttp.JSON.valueToTree(samples.get("/api/commands/defer-collaboration"));
        ((ObjectNode) json.get("decision")).put("decidedOn", "2016-09");
        json.put("earliestReview", "2015");

        assertProblem(http.post("/api/commands/defer-collaboration", json), 400, "review before deferral");
    }

    @Test
    void aMistakeTheCommandsOwnChecksFindIsMalformedNamingTheField() throws Exception {
        ObjectNode json = LedgerHttp.JSON.valueToTree(samples.get("/api/commands/propose-collaborated-function"));
        json.put("functionId", "kent-led").put("leadForce", "KEN");

        var response = http.post("/api/commands/propose-collaborated-function", json);

        assertProblem(response, 400, "a lead force that takes no part");
        assertThat(response.json().get("field").asText()).isEqualTo("leadForce");
    }

    @Test
    void aReadParameterOutOfRangeIsInvalidNamingTheParameter() throws Exception {
        var response = http.get("/api/decisions?limit=0");

        assertProblem(response, 400, "limit=0");
        assertThat(response.json().get("field").asText()).isEqualTo("limit");
    }

    /** Only what nothing else answers is the service's fault: the framework's own rejections keep their status. */
    @Test
    void aCommandEndpointAskedForWithTheWrongMethodIsNotAServiceFault() throws Exception {
        assertProblem(http.get("/api/commands/establish-governance-body"), 405, "GET of a command");
    }

    private static ObjectNode decidedInTheFuture(Object command) {
        ObjectNode json = LedgerHttp.JSON.valueToTree(command);
        ((ObjectNode) json.get("decision")).put("decidedOn", "2999-01-01");
        return json;
    }

    private static void assertProblem(LedgerHttp.Response response, int status, String what) {
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(status);
        assertThat(response.json().get("status").asInt()).as(what).isEqualTo(status);
        assertThat(response.json().get("detail").asText()).as(what + " explains itself").isNotBlank();
    }

    private long storedEvents() {
        return database.getCollection("events").countDocuments(new Document());
    }
}
