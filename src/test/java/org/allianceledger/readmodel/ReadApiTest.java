package org.allianceledger.readmodel;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** The read API as other tools call it: names, formats, point-in-time parameters, errors and replay. */
@LedgerServiceTest
class ReadApiTest {

    private static final List<String> READS = List.of("/api/decisions", "/api/savings", "/api/recommendations",
            "/api/recommendations/counts", "/api/agreements", "/api/business-cases", "/api/functions", "/api/disagreements");

    @LocalServerPort
    int port;

    private LedgerHttp http;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp("http://127.0.0.1:" + port);
    }

    @Test
    void aDecisionCanBeReadBackAsSoonAsItsCommandIsAnswered() throws Exception {
        http.post("/api/commands/establish-governance-body", new EstablishGovernanceBody("read-back-board",
                "Read Back Board", List.of("Chief Constables"), null, "monthly", null, on("2016-04-01")));

        JsonNode rows = http.get("/api/decisions?subject=read-back-board").json();

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("summary").asText()).isEqualTo("Read Back Board established");
        assertThat(rows.get(0).get("decidedOn").asText()).isEqualTo("2016-04-01");
        assertThat(http.get("/api/decisions?subject=read-back-board&asOf=2016-03-31").json()).isEmpty();
    }

    @Test
    void theResponsesCarryTheNamesOtherToolsDependOn() throws Exception {
        JsonNode decision = http.get("/api/decisions").json().get(0);
        for (String field : List.of("decidedOn", "recordedAt", "kind", "subject", "summary", "decidedBy", "body", "source")) {
            assertThat(decision.has(field)).as(field).isTrue();
        }
        JsonNode savings = http.get("/api/savings?force=CAM").json();
        for (String field : List.of("function", "force", "fiscalYear", "forecastPence", "actualPence")) {
            assertThat(savings.get("rows").get(0).has(field)).as(field).isTrue();
        }
        assertThat(savings.get("rows").findValuesAsText("force")).containsOnly("CAM");
        for (String field : List.of("force", "fiscalYear", "pence")) {
            assertThat(savings.get("changeTeamCosts").get(0).has(field)).as(field).isTrue();
        }
        for (String field : List.of("force", "fiscalYears", "lines")) {
            assertThat(savings.get("savingsTable").has(field)).as("savingsTable." + field).isTrue();
        }
        for (String field : List.of("kind", "function", "fiscalYear", "source", "statedPence", "computedPence", "differencePence")) {
            assertThat(savings.get("reconciliation").get(0).has(field)).as("reconciliation." + field).isTrue();
        }
        JsonNode recommendation = http.get("/api/recommendations?review=ce-strategic-alliance-review-2019").json().get(0);
        for (String field : List.of("review", "number", "text", "owner", "dueBy", "status", "history")) {
            assertThat(recommendation.has(field)).as(field).isTrue();
        }
        for (String list : List.of("/api/agreements", "/api/business-cases", "/api/functions")) {
            assertThat(http.get(list).json().isArray()).as(list).isTrue();
            assertThat(http.get(list).json().size()).as(list).isPositive();
        }
    }

    /** A read answers what its URL asks: a header that shares a parameter's name (a proxy's, a library's) changes nothing. */
    @Test
    void aReadsParametersComeFromItsUrlNotItsHeaders() throws Exception {
        Map<String, String> headers = Map.of("q", "custody", "subject", "no-such-subject", "asOf", "2012-01-01",
                "knownAt", "2012-01-01", "limit", "1", "offset", "5", "kind", "section22-agreement-signed");
        LedgerHttp withHeaders = http;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            withHeaders = withHeaders.withHeader(header.getKey(), header.getValue());
        }
        for (String read : List.of("/api/decisions", "/api/decisions?limit=20", "/api/agreements", "/api/recommendations",
                "/api/savings")) {
            LedgerHttp.Response plain = http.get(read);
            assertThat(plain.status()).as(read).isEqualTo(200);
            assertThat(withHeaders.get(read).body()).as(read).isEqualTo(plain.body());
        }
    }

    @Test
    void decisionsAndSavingsAnswerInCsvWhenAskedTo() throws Exception {
        LedgerHttp.Response decisions = http.get("/api/decisions?kind=section22-agreement-signed", "text/csv");
        LedgerHttp.Response savings = http.get("/api/savings?force=CAM", "text/csv");
        LedgerHttp.Response savingsByLink = http.get("/api/savings?force=CAM&format=csv", "*/*");

        assertThat(decisions.status()).isEqualTo(200);
        List<List<String>> rows = decisions.csv();
        assertThat(rows.get(0)).startsWith("id", "decidedOn", "precision", "recordedAt", "recordedBy", "body", "decidedBy",
                "kind", "subject", "function", "summary");
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(7)).isEqualTo("section22-agreement-signed"));
        assertThat(savings.body().lines().findFirst()).hasValue(
                "function,force,fiscalYear,forecastPence,actualPence,cumulativeForecastPence,cumulativeActualPence,variancePence");
        assertThat(savings.body().lines().count()).isGreaterThan(5);
        assertThat(savingsByLink.body()).as("a download link asks with ?format=csv").isEqualTo(savings.body());
    }

    /** Every register's list answers CSV too: a header of its fields, then one row per item of the JSON answer. */
    @Test
    void everyRegisterAnswersInCsvWhenAskedTo() throws Exception {
        Map<String, String> firstColumns = Map.of("/api/agreements", "agreementId", "/api/business-cases", "caseId",
                "/api/functions", "functionId", "/api/recommendations", "review", "/api/disagreements", "disagreementId");
        for (Map.Entry<String, String> register : firstColumns.entrySet()) {
            String path = register.getKey() + "?asOf=2019-06-30";
            JsonNode json = http.get(path).json();
            LedgerHttp.Response csv = http.get(path, "text/csv");
            LedgerHttp.Response byLink = http.get(path + "&format=csv", "*/*");

            assertThat(csv.status()).as(path).isEqualTo(200);
            assertThat(csv.header("Content-Type")).as(path).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
            List<List<String>> rows = csv.csv();
            assertThat(rows.get(0)).as(path).startsWith(register.getValue());
            assertThat(rows).as(path + ": a row per item").hasSize(json.size() + 1);
            assertThat(rows.get(1).get(0)).as(path).isEqualTo(json.get(0).get(register.getValue()).asText());
            assertThat(byLink.body()).as(path + " by a download link").isEqualTo(csv.body());
        }
    }

    @Test
    void badPointInTimeOrFilterParametersAreRefusedPlainly() throws Exception {
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("/api/decisions?asOf=2019-13-01", "asOf is a date written YYYY-MM-DD");
        refusals.put("/api/agreements?knownAt=yesterday", "knownAt is an instant");
        refusals.put("/api/savings?force=XYZ", "Parameter force cannot be 'XYZ'");
        refusals.put("/api/decisions?from=2015-02-30", "from");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            LedgerHttp.Response response = http.get(refusal.getKey());
            assertThat(response.status()).as(refusal.getKey() + " " + response.body()).isEqualTo(400);
            assertThat(response.json().get("detail").asText()).as(refusal.getKey()).contains(refusal.getValue());
        }
    }

    @Test
    void everyReadIsDocumentedWithItsPointInTimeParameters() throws Exception {
        JsonNode paths = http.get("/v3/api-docs").json().get("paths");
        for (String read : READS) {
            JsonNode parameters = paths.get(read).get("get").get("parameters");
            assertThat(parameters.findValuesAsText("name")).as(read).contains("asOf", "knownAt");
        }
        assertThat(paths.has("/api/admin/replay")).isTrue();
    }

    @Test
    void replayingRebuildsReadModelsIdenticalToTheLiveOnes() throws Exception {
        Map<String, String> live = readEverything();

        LedgerHttp.Response replay = http.postRaw("/api/admin/replay", null);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("complete").asBoolean()).isTrue();
        assertThat(replay.json().get("events").asLong()).isGreaterThan(140);
        assertThat(replay.json().get("foldMillis").asLong()).as("part of the replay").isBetween(0L, replay.json().get("millis").asLong());
        assertThat(readEverything()).isEqualTo(live);

        EstablishGovernanceBody board = new EstablishGovernanceBody("after-replay-board", "After Replay Board", List.of("Chief Constables"),
                null, "monthly", null, on("2016-04-01"));
        assertThat(http.post("/api/commands/establish-governance-body", board).status()).isEqualTo(200);
        assertThat(http.get("/api/decisions?subject=after-replay-board").json()).as("the processor tails on from the last event folded")
                .hasSize(1);
    }

    /**
     * A refused command leaves its reserved position void, and the read models never take a void in:
     * with one last in the store, a replay still ends when every event is in (not at its ten-minute
     * wait), and reads do not wait either.
     */
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aVoidLastInTheStoreHoldsUpNeitherAReplayNorARead() throws Exception {
        EstablishGovernanceBody board = new EstablishGovernanceBody("void-last-board", "Void Last Board", List.of("Chief Constables"),
                null, "monthly", null, on("2016-04-01"));
        assertThat(http.post("/api/commands/establish-governance-body", board).status()).isEqualTo(200);
        assertThat(http.post("/api/commands/establish-governance-body", board).status()).as("refused: already established").isEqualTo(409);

        LedgerHttp.Response replay = http.postRaw("/api/admin/replay", null);

        assertThat(replay.json().get("complete").asBoolean()).isTrue();
        assertThat(http.get("/api/decisions?subject=void-last-board").json()).hasSize(1);
    }

    private Map<String, String> readEverything() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String read : READS) {
            answers.put(read, http.get(read).body());
            answers.put(read + " as of 2016", http.get(read + "?asOf=2016-06-30").body());
        }
        return answers;
    }
}
