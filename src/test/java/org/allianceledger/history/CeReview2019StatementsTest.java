package org.allianceledger.history;

import static org.allianceledger.history.ReadModelsOverHttp.BCB_2018;
import static org.allianceledger.history.ReadModelsOverHttp.CE_2019;
import static org.allianceledger.history.ReadModelsOverHttp.CONCERTO;
import static org.allianceledger.history.ReadModelsOverHttp.UPDATE_2017;
import static org.allianceledger.history.ReadModelsOverHttp.list;
import static org.allianceledger.history.ReadModelsOverHttp.mismatches;
import static org.allianceledger.history.ReadModelsOverHttp.textOrNull;
import static org.allianceledger.history.ReadModelsOverHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The OPCC Chief Executives' Strategic Alliance Review of April 2019, section by section, found in the
 * read models: the creation of the Alliance and its governance (§3.1-3.3), the 2015 financial
 * principles and what became of them (§3.4-3.6, §4.3), 2016 (§3.7-3.9), the Concerto review and its
 * implementation (§3.10-3.14), the reviews of 2018/19 (§3.15-3.17), the commission of the review
 * itself (§1.1) and its eight recommendations with their owners (§5). Where a review finding or figure
 * is in no read model, it is read from the review's stored events through /api/streams.
 */
class CeReview2019StatementsTest extends ShippedHistoryStatements {

    private static final String CE_REVIEW = "ce-strategic-alliance-review-2019";
    private static final String CONCERTO_REVIEW = "concerto-review-2017";
    private static final String CFOS = "OPCC and Constabulary CFOs, working with the BCH Corporate Management Accounts";

    @Test
    void sections3_1To3_2TheAllianceOf2011JpsIn2013AndTheGovernanceArrangement() throws Exception {
        List<Said> said = new ArrayList<>(List.of(
                Said.that("In 2011, Bedfordshire, Cambridgeshire and Hertfordshire entered into a strategic alliance")
                        .is("governance-body-established", "bch-strategic-alliance").on("2011", "YEAR").stated().decision()
                        .decidedBy("Bedfordshire, Cambridgeshire and Hertfordshire").noBody().at("§3.1")
                        .quoting("In 2011, Bedfordshire, Cambridgeshire and Hertfordshire entered into a strategic alliance"),
                Said.that("successful integration of Joint Protective Service (JPS) services in 2013")
                        .is("function-went-live", "joint-protective-services").on("2013", "YEAR").stated().reported()
                        .nobodyNamed().at("§3.1").quoting("successful integration of Joint Protective Service (JPS) services in 2013"),
                Said.that("... extended the remit of their Alliance to cover Operational Services and Organisational Services")
                        .is("governance-body-terms-changed", "bch-strategic-alliance").on("2013", "YEAR").inferred().decision()
                        .decidedBy("Bedfordshire, Cambridgeshire and Hertfordshire").noBody().at("§3.1")
                        .quoting("extended the remit of their Alliance")));
        // §3.2: an intrusive and multi-layered governance arrangement was established (undated)
        for (String[] body : new String[][] {
                {"strategic-alliance-summit", "The Alliance Summit, with the six Corporations Sole acting as a Joint Oversight Committee"},
                {"jps-governance-board", "Commissioner led governance boards"},
                {"organisational-support-governance-board", "Commissioner led governance boards"},
                {"operational-support-governance-board", "Commissioner led governance boards"},
                {"chief-constable-operational-boards", "Chief Constable led operational boards"},
                {"chief-constable-management-board", "A Chief Constable Management Board charged with ensuring operational coherence"}}) {
            said.add(Said.that("§3.2 governance arrangement: " + body[0]).is("governance-body-established", body[0])
                    .on("2013", "YEAR").inferred().nobodyNamed().at("§3.2").quoting(body[1]));
        }

        assertThat(mismatches(api.registerCiting(CE_2019), said)).isEmpty();
        JsonNode summit = api.stream("strategic-alliance-summit", "GovernanceBodyEstablished").get(0);
        assertThat(texts(summit.get("members"))).hasSize(6);
    }

    @Test
    void sections3_4To3_6And4_3FinancialPrinciplesAgreedInJune2015CodifiedAndNotActioned() throws Exception {
        List<Said> said = List.of(
                Said.that("A set of financial principles were agreed in June [2015]")
                        .is("financial-principles-agreed", "bch-financial-principles-2015").on("2015-06", "MONTH").stated()
                        .decision().nobodyNamed().at("§3.4-3.5").quoting("A set of financial principles were agreed in June"),
                Said.that("The principles were codified within subsequent section 22s (undated)")
                        .is("principle-implementation-recorded", "bch-financial-principles-2015").on("2016", "YEAR").inferred()
                        .reported().nobodyNamed().at("§3.6").quoting("The principles were codified within subsequent section 22s").times(5),
                Said.that("the agreement of financial principles which have not been actioned")
                        .is("principle-implementation-recorded", "bch-financial-principles-2015").on("2019-04", "MONTH").inferred()
                        .reported().nobodyNamed().at("§4.3").quoting("financial principles which have not been actioned").times(5));

        assertThat(mismatches(api.registerCiting(CE_2019), said)).isEmpty();

        JsonNode agreed = api.stream("bch-financial-principles-2015", "FinancialPrinciplesAgreed").get(0);
        assertThat(list(agreed.get("principles"))).extracting(p -> p.get("number").asInt(), p -> p.get("text").asText())
                .containsExactly(
                        tuple(1, "NRE will be interim default for business cases, unless demand data is robust"),
                        tuple(2, "No Loser principle to be applied where applicable"),
                        tuple(3, "Will move to rolling demand as basis of apportionment (with a fixed base element, where practical), when data is robust"),
                        tuple(4, "Implementation costs will be apportioned on NRE"),
                        tuple(5, "Budgets will be pooled as soon as possible after the signing of s22A"));
        assertThat(api.stream("bch-financial-principles-2015", "PrincipleImplementationRecorded"))
                .extracting(p -> p.get("number").asInt(), p -> p.get("status").asText())
                .containsExactly(tuple(1, "CODIFIED"), tuple(2, "CODIFIED"), tuple(3, "CODIFIED"), tuple(4, "CODIFIED"), tuple(5, "CODIFIED"),
                        tuple(1, "NOT_ACTIONED"), tuple(2, "NOT_ACTIONED"), tuple(3, "NOT_ACTIONED"), tuple(4, "NOT_ACTIONED"),
                        tuple(5, "NOT_ACTIONED"));
    }

    @Test
    void sections3_7To3_9Section22sTabledIn2016AndTheRsmAuditRedAmber() throws Exception {
        List<Said> said = new ArrayList<>();
        for (String agreement : List.of("s22-information-management", "s22-criminal-justice", "s22-custody")) {
            said.add(Said.that("Section 22s for IMD, CJ and Custody were tabled [during 2016]: " + agreement)
                    .is("section22-agreement-tabled", agreement).on("2016", "YEAR").stated().reported().nobodyNamed().at("§3.7")
                    .quoting("Section 22s for Information Management Department (IMD), Criminal Justice (CJ) and Custody were tabled"));
        }
        said.add(Said.that("In 2016/17, internal audit completed a report ... RSM concluded that key functions ... were not being performed")
                .is("review-reported", "rsm-benefits-realisation-2016-17").on("2016", "YEAR").inferred().reported().nobodyNamed()
                .at("§3.8-3.10").quoting("RSM concluded that key functions", "red / amber"));
        said.add(Said.that("internal audit (RSM) of the structures supporting the collaborative arrangements, 2016/17")
                .is("review-commissioned", "rsm-benefits-realisation-2016-17").on("2016", "YEAR").inferred().reported().nobodyNamed()
                .at("§3.8"));

        assertThat(mismatches(api.registerCiting(CE_2019), said)).isEmpty();

        JsonNode agreements = api.get("/api/agreements?asOf=2016-12-31");
        for (String agreement : List.of("s22-information-management", "s22-criminal-justice", "s22-custody")) {
            JsonNode row = ReadModelsOverHttp.find(agreements, "agreementId", agreement);
            assertThat(List.of(row.get("status").asText(), row.get("tabledOn").asText())).as(agreement).containsExactly("tabled", "2016");
        }
        JsonNode audit = api.stream("rsm-benefits-realisation-2016-17", "ReviewReported").get(0);
        assertThat(audit.get("assessment").asText()).isEqualTo("red / amber");
        assertThat(api.stream("rsm-benefits-realisation-2016-17", "ReviewCommissioned").get(0).get("reviewer").asText()).isEqualTo("RSM");
    }

    @Test
    void sections3_10To3_13TheConcertoReviewCommissionedByTheSummitInDecember2016AndItsImplementation() throws Exception {
        List<Said> said = new ArrayList<>(List.of(
                Said.that("In December 2016, the Strategic Alliance Summit commissioned Concerto")
                        .is("review-commissioned", CONCERTO_REVIEW).on("2016-12", "MONTH").stated().decision()
                        .body("Strategic Alliance Summit").decidedBy("Strategic Alliance Summit").at("§3.10")
                        .quoting("In December 2016, the Strategic Alliance Summit commissioned Concerto"),
                Said.that("The Concerto review [2017] made wide ranging recommendations")
                        .is("review-reported", CONCERTO_REVIEW).on("2017", "YEAR").stated().reported().nobodyNamed().at("§3.11"),
                Said.that("wide ranging recommendations relating to: the role of the Strategic Alliance ...")
                        .is("recommendation-raised", CONCERTO_REVIEW + "/1").on("2017", "YEAR").decision().decidedBy("Concerto").noBody()
                        .at("§3.11").quoting("wide ranging recommendations"),
                Said.that("In September 2017 JCOB considered a report from DCC M Dunn to take forward outstanding Concerto recommendations")
                        .is("recommendation-progress-recorded", CONCERTO_REVIEW + "/1").on("2017-09", "MONTH").stated().reported()
                        .body("JCOB").decidedBy().at("§3.12").quoting("In September 2017 JCOB considered a report from DCC M Dunn"),
                Said.that("An internal audit of the Concerto Implementation Plan was published in February 2018 and identified good progress")
                        .is("review-reported", "rsm-concerto-implementation-2018").on("2018-02", "MONTH").stated().reported()
                        .nobodyNamed().at("§3.13").quoting("published in February 2018 and identified good progress"),
                Said.that("[the February 2018 audit] identified good progress had been made (on the Concerto recommendations)")
                        .is("recommendation-progress-recorded", CONCERTO_REVIEW + "/1").on("2018-02", "MONTH").stated().reported()
                        .nobodyNamed().at("§3.13")));
        for (String board : List.of("jps-governance-board", "organisational-support-governance-board", "operational-support-governance-board")) {
            said.add(Said.that("In response to the Concerto review ... the Commissioner led governance boards disbanded: " + board)
                    .is("governance-body-disbanded", board).on("2017", "YEAR").inferred().decision().nobodyNamed().at("§3.12")
                    .quoting("the Commissioner led governance boards disbanded"));
        }

        assertThat(mismatches(api.registerCiting(CE_2019), said)).isEmpty();

        JsonNode commissioned = api.stream(CONCERTO_REVIEW, "ReviewCommissioned").get(0);
        assertThat(commissioned.get("reviewer").asText()).isEqualTo("Concerto");
        assertThat(texts(commissioned.get("brief"))).hasSize(5)
                .anySatisfy(item -> assertThat(item).contains("red / amber by internal audit"))
                .anySatisfy(item -> assertThat(item).contains("seven force collaboration"));
        JsonNode concertoRecommendations = api.get("/api/recommendations?review=" + CONCERTO_REVIEW + "&asOf=2018-12-31");
        assertThat(concertoRecommendations).singleElement().satisfies(recommendation -> {
            assertThat(recommendation.get("owner").isNull()).as("the review names no owner").isTrue();
            assertThat(list(recommendation.get("history"))).extracting(step -> step.get("on").asText(), step -> step.get("step").asText())
                    .containsExactly(tuple("2017", "raised"), tuple("2017-09", "progress"), tuple("2018-02", "progress"));
        });
        for (String board : List.of("jps-governance-board", "organisational-support-governance-board", "operational-support-governance-board")) {
            assertThat(api.stream(board, "GovernanceBodyDisbanded")).as(board + " disbanded").hasSize(1);
        }
    }

    @Test
    void section3_14TheEarly2018InternalReviewsSavingsAndHrCostIncrease() throws Exception {
        List<Said> said = List.of(
                Said.that("In early 2018 an internal review by the new Interim Head of the BCH Change Portfolio Office identified ...")
                        .is("review-reported", "cpo-internal-review-2018").on("2018", "YEAR").stated().reported().nobodyNamed()
                        .at("§3.14").quoting("£2.4m in ICT", "£1m from Civil Contingency Unit", "£2.5m from Major Crime",
                                "HR with a cost increase of £1.5m"));

        assertThat(mismatches(api.registerCiting(CE_2019), said)).isEmpty();
        JsonNode reported = api.stream("cpo-internal-review-2018", "ReviewReported").get(0);
        assertThat(list(reported.get("figures")))
                .extracting(f -> f.get("subject").asText(), f -> f.get("measure").asText(), f -> f.get("amount").asLong(),
                        f -> f.get("from").asText() + "-" + f.get("to").asText())
                .containsExactly(
                        tuple("ICT", "SAVING", 240_000_000L, "2012/13-2018/19"),
                        tuple("Civil Contingency Unit", "SAVING", 100_000_000L, "2012/13-2018/19"),
                        tuple("Major Crime", "SAVING", 250_000_000L, "2012/13-2018/19"),
                        tuple("HR", "COST_INCREASE", 150_000_000L, "2012/13-2018/19"));
    }

    @Test
    void sections3_15To3_17TheDeliveryManagementUnitProposalAndTheDraft2019PerformanceAudit() throws Exception {
        List<Said> said = List.of(
                Said.that("A draft 2019 performance management internal audit identifies policies and procedures are not in place")
                        .is("review-reported", "performance-management-audit-2019").on("2019", "YEAR").stated().reported()
                        .nobodyNamed().at("§3.16-3.17").quoting("A draft 2019 performance management internal audit"),
                Said.that("This report presents the findings of the Chief Executives scoping work")
                        .is("review-reported", CE_REVIEW).on("2019-04", "MONTH").reported().nobodyNamed().at("§1.2, §3, §4"));

        assertThat(mismatches(api.registerCiting(CE_2019), said)).isEmpty();
        assertThat(api.stream("performance-management-audit-2019", "ReviewReported").get(0).get("stage").asText()).isEqualTo("DRAFT");
        // the DMU proposal of November 2018 is among the review's findings, not a decision of its own
        assertThat(texts(api.stream(CE_REVIEW, "ReviewReported").get(0).get("findings")))
                .anySatisfy(finding -> assertThat(finding).contains("November 2018", "Delivery Management Unit", "JCOB"));
        assertThat(api.register()).noneSatisfy(row -> assertThat(row.path("source").path("paragraph").asText()).isEqualTo("§3.15"));
    }

    @Test
    void section1_1ThePccsAskedTheirChiefExecutivesInJanuary2019ToInitiateTheReview() throws Exception {
        List<Said> said = List.of(
                Said.that("In January 2019 ... the Police and Crime Commissioners asked their Chief Executives to initiate a strategic review")
                        .is("review-commissioned", CE_REVIEW).on("2019-01", "MONTH").stated().decision()
                        .decidedBy("Police and Crime Commissioners").noBody().at("§1.1")
                        .quoting("In January 2019", "the Police and Crime Commissioners asked their Chief Executives"));

        assertThat(mismatches(api.registerCiting(CE_2019), said)).isEmpty();
    }

    @Test
    void section5TheEightRecommendationsWithTheirOwnersAsStated() throws Exception {
        // number, owner as §5 states it (null: none), due (null: none)
        List<String[]> recommendations = List.of(
                new String[] {"1", null, null},
                new String[] {"2", "BCH Delivery Management Unit, working with the Chief Executives", "2019/20 Q4"},
                new String[] {"3a", CFOS, null},
                new String[] {"3b", CFOS, null},
                new String[] {"3c", CFOS, null},
                new String[] {"3d", CFOS, null},
                new String[] {"4", "Chief Executives", null},
                new String[] {"5", "Strategic Alliance Summit (SAS)", null});

        JsonNode raised = api.get("/api/recommendations?review=" + CE_REVIEW + "&asOf=2019-06-30");
        assertThat(list(raised)).extracting(r -> r.get("number").asText(), r -> textOrNull(r.get("owner")), r -> textOrNull(r.get("dueBy")))
                .containsExactlyElementsOf(recommendations.stream().map(r -> tuple(r[0], r[1], r[2])).toList());
        assertThat(raised.get(1).get("text").asText()).contains("Internal audit review progress with these in 2019/20 Qtr 4");

        List<Said> said = new ArrayList<>();
        for (String[] recommendation : recommendations) {
            said.add(Said.that("Recommendation " + recommendation[0]).is("recommendation-raised", CE_REVIEW + "/" + recommendation[0])
                    .on("2019-04", "MONTH").stated().decision().decidedBy("OPCC Chief Executives").noBody()
                    .at("§1.2, §5 (" + recommendation[0] + ")"));
        }
        assertThat(mismatches(api.registerCiting(CE_2019), said)).isEmpty();
    }

    @Test
    void theDisagreementsOverTheConcertoEngagementAndWhoCommissionedTheIndependentReview() throws Exception {
        assertThat(list(api.disagreement("concerto-engagement").get("statements")))
                .extracting(s -> s.get("source").get("document").asText(), s -> s.get("source").get("paragraph").asText())
                .containsExactly(tuple(CONCERTO, "The Issue"), tuple(CE_2019, "§3.10-3.11"), tuple(UPDATE_2017, "§5.1"));
        JsonNode commissioner = api.disagreement("who-commissioned-the-independent-review");
        assertThat(list(commissioner.get("statements")))
                .extracting(s -> s.get("source").get("document").asText(), s -> s.get("source").get("paragraph").asText())
                .containsExactly(tuple(BCB_2018, "§10.1"), tuple(CE_2019, "§3.10"));
        assertThat(commissioner.get("statements").get(1).get("source").get("quote").asText())
                .contains("the Strategic Alliance Summit commissioned Concerto");
    }
}
