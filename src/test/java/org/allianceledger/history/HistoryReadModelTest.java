package org.allianceledger.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** Questions auditors ask of the shipped history, answered from the read models with dates and deciders. */
@LedgerServiceTest
class HistoryReadModelTest {

    private static final String CE_REVIEW = "ce-strategic-alliance-review-2019";

    @LocalServerPort
    int port;

    private LedgerHttp http;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp("http://127.0.0.1:" + port);
    }

    @Test
    void publicContactWasDeferredInSeptember2016ByNobodyTheUpdateNamesAndNotProceededWithByThePccsAndChiefConstables() throws Exception {
        JsonNode decisions = http.get("/api/decisions?subject=public-contact&kind=collaboration-deferred").json();
        assertThat(decisions).singleElement().satisfies(deferral -> {
            assertThat(deferral.get("decidedOn").asText()).isEqualTo("2016-09");
            assertThat(deferral.get("precision").asText()).isEqualTo("MONTH");
            assertThat(texts(deferral.get("decidedBy"))).as("the update says only 'It was agreed'").isEmpty();
            assertThat(deferral.get("body").isNull()).isTrue();
            assertThat(deferral.get("dateInferredFrom").isNull()).as("the update states September 2016").isTrue();
            assertThat(deferral.get("source").get("quote").asText()).startsWith("It was agreed in September 2016");
            assertThat(deferral.get("source").get("paragraph").asText()).isEqualTo("§4.1 (Public Contact)");
            assertThat(deferral.get("note").asText()).contains("without naming who agreed");
        });

        JsonNode notProceeded = http.get("/api/decisions?subject=public-contact&kind=collaboration-not-proceeded").json().get(0);
        assertThat(notProceeded.get("decidedOn").asText()).isEqualTo("2018-07-19");
        assertThat(texts(notProceeded.get("decidedBy"))).containsExactly("BCH PCCs", "BCH Chief Constables");
        assertThat(notProceeded.get("body").isNull()).as("no body is named").isTrue();
        assertThat(notProceeded.get("dateInferredFrom").asText()).contains("dated by the report that states it");

        assertThat(functionState("2017-06-30")).isEqualTo("deferred");
        assertThat(functionState("2018-12-31")).isEqualTo("not-proceeded");
    }

    @Test
    void threeSection22AgreementsWereSignedByAllSixCorporationsSoleByTheEndOf2015() throws Exception {
        List<JsonNode> signed = new ArrayList<>();
        http.get("/api/agreements?asOf=2015-12-31").json().forEach(agreement -> {
            if ("in-force".equals(agreement.get("status").asText())) {
                signed.add(agreement);
            }
        });

        assertThat(signed).extracting(a -> a.get("agreementId").asText(), a -> a.get("inForceFrom").asText())
                .containsExactly(tuple("s22-public-contact", "2015-12"), tuple("s22-firearms-licensing", "2015-12"),
                        tuple("s22-human-resources", "2015-12"));
        assertThat(signed).allSatisfy(agreement -> assertThat(agreement.get("signatures").findValuesAsText("party"))
                .containsExactlyInAnyOrder("BED-PCC", "BED-CC", "CAM-PCC", "CAM-CC", "HER-PCC", "HER-CC"));
        assertThat(http.get("/api/agreements?asOf=2015-11-30").json().findValuesAsText("status")).doesNotContain("in-force");
    }

    @Test
    void theConcertoReviewWasCommissionedInDecember2016ByTheSummit() throws Exception {
        JsonNode commissioned = http.get("/api/decisions?subject=concerto-review-2017&kind=review-commissioned").json().get(0);

        assertThat(commissioned.get("decidedOn").asText()).isEqualTo("2016-12");
        assertThat(commissioned.get("body").asText()).isEqualTo("Strategic Alliance Summit");
        assertThat(texts(commissioned.get("decidedBy"))).containsExactly("Strategic Alliance Summit");
        assertThat(commissioned.get("nature").asText()).isEqualTo("DECISION");
        assertThat(commissioned.get("summary").asText()).contains("Concerto strategic review of the Collaboration Portfolio");
    }

    @Test
    void theChiefExecutivesReviewOfApril2019MadeEightRecommendationsWithOwnersAndAnInternalAuditDate() throws Exception {
        JsonNode recommendations = http.get("/api/recommendations?review=" + CE_REVIEW + "&asOf=2019-06-30").json();

        assertThat(recommendations.findValuesAsText("number")).containsExactly("1", "2", "3a", "3b", "3c", "3d", "4", "5");
        assertThat(recommendations.findValuesAsText("status")).containsOnly("OPEN");
        JsonNode second = recommendations.get(1);
        assertThat(second.get("owner").asText()).isEqualTo("BCH Delivery Management Unit, working with the Chief Executives");
        assertThat(second.get("dueBy").asText()).isEqualTo("2019/20 Q4");
        assertThat(second.get("text").asText()).contains("Internal audit review progress with these in 2019/20 Qtr 4");
        assertThat(second.get("overdue").asBoolean()).isFalse();
        assertThat(http.get("/api/recommendations?review=" + CE_REVIEW + "&asOf=2020-04-01").json().get(1).get("overdue").asBoolean())
                .isTrue();
        assertThat(recommendations.get(6).get("owner").asText()).isEqualTo("Chief Executives");
        assertThat(texts(second.get("history").get(0).get("decidedBy"))).containsExactly("OPCC Chief Executives");
    }

    @Test
    void everySummaryOfTheShippedHistoryNamesThingsAndPrintsNoNullOrCode() throws Exception {
        Pattern code = Pattern.compile("\\bnull\\b|\\b[A-Z]+_[A-Z_]+\\b|\\b[A-Z]{3}-(PCC|CC)\\b");
        List<String> unplain = new ArrayList<>();
        http.get("/api/decisions?limit=5000").json().forEach(row -> {
            if (code.matcher(row.get("summary").asText()).find()) {
                unplain.add(row.get("kind").asText() + " " + row.get("subject").get("id").asText() + ": " + row.get("summary").asText());
            }
        });
        assertThat(unplain).isEmpty();
    }

    @Test
    void searchingForPublicContactByNameOrIdFindsItsDeferralAndTheDecisionNotToProceed() throws Exception {
        for (String typed : List.of("Public%20Contact", "public%20%20contact", "public-contact")) {
            assertThat(http.get("/api/decisions?limit=5000&q=" + typed).json().findValuesAsText("kind")).as(typed)
                    .contains("collaborated-function-proposed", "collaboration-deferred", "collaboration-not-proceeded",
                            "section22-agreement-drafted", "section22-agreement-signed");
        }
    }

    @Test
    void pagesShowNamesWhereTheRecordHoldsIdsAndCodes() throws Exception {
        String notProceeded = http.get("/api/decisions?subject=public-contact&kind=collaboration-not-proceeded").json()
                .get(0).get("id").asText();
        assertThat(page("/timeline/" + notProceeded)).contains("Public Contact</a>", "Collaboration of Public Contact not proceeded with");
        assertThat(page("/agreements")).contains("Bedfordshire PCC", "Chief Constable of Hertfordshire", "Public Contact</a>")
                .doesNotContain("BED-PCC");
        assertThat(page("/business-cases")).contains("Cambridgeshire").doesNotContain(">CAM");
        assertThat(page("/functions")).contains("Bedfordshire; Cambridgeshire; Hertfordshire");
        assertThat(page("/recommendations")).doesNotContain("RecommendationRef[");
        assertThat(page("/")).doesNotContain("null");
    }

    private String page(String path) throws Exception {
        LedgerHttp.Response response = http.get(path, "text/html");
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.body();
    }

    private String functionState(String asOf) throws Exception {
        for (JsonNode function : http.get("/api/functions?asOf=" + asOf).json()) {
            if (function.get("functionId").asText().equals("public-contact")) {
                return function.get("state").asText();
            }
        }
        throw new AssertionError("public-contact is not in the register on " + asOf);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
