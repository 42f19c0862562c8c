package org.allianceledger.history;

import static org.allianceledger.history.ReadModelsOverHttp.CONCERTO;
import static org.allianceledger.history.ReadModelsOverHttp.mismatches;
import static org.allianceledger.history.ReadModelsOverHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Concerto case study, "Bedfordshire, Cambridgeshire and Hertfordshire (BCH) Police Forces Case
 * Study", section by section, found in the read models. The case study is undated and does not say
 * which engagement it describes: every entry citing it carries an inferred date, and it names no
 * decider but Concerto, for its own recommendations.
 */
class ConcertoCaseStudyStatementsTest extends ShippedHistoryStatements {

    private static final String REVIEW = "concerto-assurance-case-study";

    @Test
    void theCaseStudyIsUndatedSoEveryEntryCitingItCarriesAnInferredDate() throws Exception {
        List<JsonNode> citing = api.registerCiting(CONCERTO);

        assertThat(citing).as("entries citing the case study").hasSizeGreaterThanOrEqualTo(5);
        assertThat(citing).allSatisfy(row -> {
            assertThat(row.get("source").get("date").isNull()).as("the case study is undated").isTrue();
            assertThat(row.get("dateInferredFrom").isNull()).as(row.get("kind") + " says what its date is inferred from").isFalse();
        });
        // the disagreement keeps the case study's own account beside the CE review's December 2016 commission
        JsonNode engagement = api.disagreement("concerto-engagement");
        assertThat(engagement.get("statements").findValuesAsText("document")).contains(CONCERTO);
        for (JsonNode statement : engagement.get("statements")) {
            if (CONCERTO.equals(statement.get("source").get("document").asText())) {
                assertThat(statement.get("source").get("date").isNull()).isTrue();
                assertThat(statement.get("source").get("quote").asText()).contains("The nascent Collaboration Programme");
            }
        }
    }

    @Test
    void theIssueConcertoWereAskedToProvideAssuranceToTheSeniorResponsibleOfficer() throws Exception {
        List<Said> said = List.of(
                Said.that("Concerto were asked to provide assurance to the Senior Responsible Officer")
                        .is("review-commissioned", REVIEW).reported().inferred().nobodyNamed()
                        .at("The Issue").quoting("Concerto were asked to provide assurance to the Senior Responsible Officer"));

        assertThat(mismatches(api.registerCiting(CONCERTO), said)).isEmpty();
        JsonNode commissioned = api.stream(REVIEW, "ReviewCommissioned").get(0);
        assertThat(commissioned.get("reviewer").asText()).isEqualTo("Concerto");
        assertThat(texts(commissioned.get("brief"))).hasSize(3)
                .anySatisfy(item -> assertThat(item).contains("rationale for collaboration"))
                .anySatisfy(item -> assertThat(item).contains("significant cost reductions"));
    }

    @Test
    void theSolutionThreeInitialRecommendationsRaisedByConcertoWithNoOwner() throws Exception {
        List<Said> said = List.of(
                Said.that("a governance regime satisfying the six Corporations Sole delegating responsibilities")
                        .is("recommendation-raised", REVIEW + "/1").decision().inferred().decidedBy("Concerto").noBody()
                        .at("The Issue, The Solution").quoting("a governance regime satisfying the six Corporations Sole delegating responsibilities"),
                Said.that("extending the scope of the Collaboration Programme beyond the planned three years to 2020")
                        .is("recommendation-raised", REVIEW + "/2").decision().inferred().decidedBy("Concerto").noBody()
                        .at("The Issue, The Solution").quoting("beyond the planned three years to 2020"),
                Said.that("setting more ambitious savings targets ... how those benefits would be shared amongst the forces")
                        .is("recommendation-raised", REVIEW + "/3").decision().inferred().decidedBy("Concerto").noBody()
                        .at("The Issue, The Solution").quoting("more ambitious savings targets", "shared amongst the forces"));

        assertThat(mismatches(api.registerCiting(CONCERTO), said)).isEmpty();

        JsonNode recommendations = api.get("/api/recommendations?review=" + REVIEW);
        assertThat(recommendations.findValuesAsText("number")).containsExactly("1", "2", "3");
        assertThat(recommendations).allSatisfy(recommendation -> {
            assertThat(recommendation.get("owner").isNull()).as("the case study assigns no owner").isTrue();
            assertThat(recommendation.get("dueBy").isNull()).as("nor a date").isTrue();
            assertThat(recommendation.get("history").get(0).get("source").get("date").isNull()).isTrue();
        });
    }

    @Test
    void theOutcomeTotalProjectedSavingsOfNoLessThan60m() throws Exception {
        List<Said> said = List.of(
                Said.that("The total projected savings from the Collaboration Agreement is no less than £60m")
                        .is("review-reported", REVIEW).reported().inferred().nobodyNamed()
                        .at("The Outcome").quoting("no less than £60m", "robust governance model"));

        assertThat(mismatches(api.registerCiting(CONCERTO), said)).isEmpty();
        JsonNode reported = api.stream(REVIEW, "ReviewReported").get(0);
        assertThat(reported.get("figures")).singleElement().satisfies(figure -> {
            assertThat(figure.get("measure").asText()).isEqualTo("SAVING");
            assertThat(figure.get("amount").asLong()).as("£60m in pence").isEqualTo(6_000_000_000L);
            assertThat(figure.get("subject").asText()).contains("Collaboration Agreement");
        });
        assertThat(texts(reported.get("findings"))).anySatisfy(finding -> assertThat(finding).contains("Trust was identified as a key enabler"));
    }

    @Test
    void theCaseStudyNamesNoDeciderButConcertoForItsOwnRecommendationsAndNoBody() throws Exception {
        assertThat(api.registerCiting(CONCERTO)).allSatisfy(row -> {
            assertThat(row.get("body").isNull()).as("no body is named: " + row.get("kind")).isTrue();
            if ("recommendation-raised".equals(row.get("kind").asText())) {
                assertThat(texts(row.get("decidedBy"))).containsExactly("Concerto");
            } else {
                assertThat(texts(row.get("decidedBy"))).as("no decider is named: " + row.get("kind")).isEmpty();
            }
        });
    }
}
