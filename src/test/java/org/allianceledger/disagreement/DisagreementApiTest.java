package org.allianceledger.disagreement;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.allianceledger.disagreement.DisagreementCommand.RecordDisagreement;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** A disagreement recorded through the API reads back with every statement, as JSON, CSV and a page; once only. */
@LedgerServiceTest
class DisagreementApiTest {

    private static final String COMMAND = "/api/commands/record-disagreement";

    @LocalServerPort
    int port;

    private LedgerHttp http;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp("http://127.0.0.1:" + port);
    }

    @Test
    void aRecordedDisagreementReadsBackWithEachStatementCitedAndQuoted() throws Exception {
        RecordDisagreement command = new RecordDisagreement("api-imd-case-date", DisagreementSamples.TOPIC,
                DisagreementSamples.STATEMENTS, DisagreementSamples.RESOLUTION, DisagreementSamples.reported("2018-07-19"));

        assertThat(http.post(COMMAND, command).status()).isEqualTo(200);
        LedgerHttp.Response again = http.post(COMMAND, command);

        assertThat(again.status()).as("a second record under the same id: " + again.body()).isEqualTo(409);
        JsonNode row = row(http.get("/api/disagreements").json(), "api-imd-case-date");
        for (String field : List.of("disagreementId", "topic", "statements", "resolution", "recordedOn", "dateInferredFrom")) {
            assertThat(row.has(field)).as(field).isTrue();
        }
        JsonNode second = row.get("statements").get(1);
        assertThat(second.get("says").asText()).isEqualTo("Approved in May 2016");
        assertThat(second.get("source").get("document").asText()).isEqualTo("BCB report, 19 Jul 2018");
        assertThat(second.get("source").get("date").asText()).isEqualTo("2018-07-19");
        assertThat(second.get("source").get("paragraph").asText()).isEqualTo("§6.1, §6.3");
        assertThat(second.get("source").get("quote").asText()).isEqualTo("Information Management Department (IMD) (May 16)");
        assertThat(row(http.get("/api/disagreements?asOf=2018-07-18").json(), "api-imd-case-date")).isNull();

        String csv = http.get("/api/disagreements?format=csv", "*/*").body();
        assertThat(csv.lines().findFirst()).hasValue("disagreementId,topic,statements,resolution,recordedOn,dateInferredFrom");
        assertThat(csv).contains("Information Management Department (IMD) (May 16)");

        String page = http.get("/disagreements", "text/html").body();
        assertThat(page).contains("id=\"api-imd-case-date\"", "<blockquote>Information Management Department (IMD) (May 16)</blockquote>",
                "<cite>BCH press release, Dec 2015</cite>");
        assertThat(http.get("/", "text/html").body()).as("the home page leads to it")
                .contains("href=\"/disagreements\"", "id=\"disagreement-count\"");
    }

    @Test
    void aDisagreementRecordedAsADecisionIsRefused() throws Exception {
        RecordDisagreement decided = new RecordDisagreement("api-decided", DisagreementSamples.TOPIC,
                DisagreementSamples.STATEMENTS, null, on("2018-07-19"));

        LedgerHttp.Response response = http.post(COMMAND, decided);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("field").asText()).isEqualTo("decision.nature");
    }

    private static JsonNode row(JsonNode rows, String disagreementId) {
        for (JsonNode row : rows) {
            if (row.get("disagreementId").asText().equals(disagreementId)) {
                return row;
            }
        }
        return null;
    }
}
