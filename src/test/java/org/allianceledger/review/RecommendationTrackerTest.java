package org.allianceledger.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The recommendations as a tracker, on the shipped history: filters by review, owner, status and
 * overdue in the URL, the same on the page and the API (JSON and CSV), counts that follow them, and
 * a value the record cannot match refused with the reason rather than answered with an empty table.
 */
@LedgerServiceTest
class RecommendationTrackerTest {

    private static final String CE = "ce-strategic-alliance-review-2019";
    private static final String CFOS = "OPCC and Constabulary CFOs, working with the BCH Corporate Management Accounts";
    private static final String HTML = "text/html";

    @LocalServerPort
    int port;

    private LedgerHttp http;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp("http://127.0.0.1:" + port, TestUsers.VIEWER);
    }

    @Test
    void theApiFiltersByReviewOwnerStatusAndOverdueAndCountsWhatItSelects() throws Exception {
        String review = "asOf=2020-04-01&review=" + CE;

        assertThat(http.get("/api/recommendations?" + review).json()).hasSize(8);
        JsonNode overdue = http.get("/api/recommendations?" + review + "&overdue=true").json();
        assertThat(overdue).extracting(row -> row.get("number").asText()).containsExactly("2");
        assertThat(http.get("/api/recommendations?" + review + "&owner=" + encode(CFOS.toLowerCase())).json())
                .extracting(row -> row.get("number").asText()).containsExactly("3a", "3b", "3c", "3d");
        assertThat(http.get("/api/recommendations?" + review + "&status=open&overdue=false").json()).hasSize(7);

        JsonNode counts = http.get("/api/recommendations/counts?" + review + "&overdue=true").json();
        assertThat(counts.get("total").asInt()).isEqualTo(1);
        assertThat(counts.get("overdue").asInt()).isEqualTo(1);
        assertThat(http.get("/api/recommendations/counts?" + review).json().get("total").asInt())
                .as("the counts follow the chosen review").isEqualTo(8)
                .isLessThan(http.get("/api/recommendations/counts?asOf=2020-04-01").json().get("total").asInt());

        LedgerHttp.Response csv = http.get("/api/recommendations?format=csv&" + review + "&overdue=true", "*/*");
        assertThat(csv.csv()).hasSize(2);
        assertThat(csv.csv().get(1)).contains(CE, "2");
    }

    @Test
    void aFilterTheRecordCannotMatchIsRefusedNamingTheParameter() throws Exception {
        assertRefused("review=no-such-review", "review", "No review 'no-such-review' had been commissioned by 2020-04-01");
        assertRefused("owner=Nobody", "owner", "No recommendation is owned by 'Nobody' on 2020-04-01");
        assertRefused("status=DONE", "status", "status is one of OPEN, IN_PROGRESS");
        assertRefused("overdue=maybe", "overdue", "overdue is true or false, not 'maybe'");
        assertRefused("status=IMPLEMENTED&overdue=true", "overdue", "is never overdue");
        assertThat(http.get("/api/recommendations?asOf=2016-01-01&review=" + CE).status())
                .as("a review not yet commissioned on the date").isEqualTo(400);
    }

    @Test
    void thePageFiltersInItsUrlCountsTheMatchesAndLinksTheSameCsv() throws Exception {
        LedgerHttp.Response page = http.get("/recommendations?asOf=2020-04-01&review=" + CE + "&overdue=true", HTML);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<span>1</span> recommendations match these filters", "data-number=\"2\"")
                .doesNotContain("data-number=\"3a\"")
                .contains("<option value=\"true\" selected=\"selected\">Only overdue</option>")
                .contains("/api/recommendations?asOf=2020-04-01&amp;review=" + CE + "&amp;overdue=true&amp;format=csv");
        assertThat(http.get("/recommendations?asOf=2020-04-01&status=VERIFIED_BY_INTERNAL_AUDIT", HTML).body())
                .contains("id=\"no-recommendations\"", "No recommendation matches these filters on this date");
    }

    @Test
    void thePageShowsARefusedFilterInTheFormWithTheReasonAndAnswers400() throws Exception {
        LedgerHttp.Response page = http.get("/recommendations?asOf=2020-04-01&owner=Nobody&status=OPEN", HTML);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("There is a problem", "href=\"#owner\"", "No recommendation is owned by &#39;Nobody&#39; on 2020-04-01")
                .contains("id=\"owner\" name=\"owner\" value=\"Nobody\"")
                .contains("<option value=\"OPEN\" selected=\"selected\">open</option>")
                .doesNotContain("<table");
    }

    private void assertRefused(String query, String parameter, String reason) throws Exception {
        LedgerHttp.Response answer = http.get("/api/recommendations?asOf=2020-04-01&" + query);
        assertThat(answer.status()).as(query).isEqualTo(400);
        assertThat(answer.json().get("field").asText()).as(query).isEqualTo(parameter);
        assertThat(answer.json().get("detail").asText()).as(query).contains(reason);
        assertThat(http.get("/api/recommendations/counts?asOf=2020-04-01&" + query).status()).as("counts " + query).isEqualTo(400);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
