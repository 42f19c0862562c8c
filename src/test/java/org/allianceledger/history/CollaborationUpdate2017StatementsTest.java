package org.allianceledger.history;

import static org.allianceledger.history.ReadModelsOverHttp.UPDATE_2017;
import static org.allianceledger.history.ReadModelsOverHttp.mismatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Chief Constable's Collaboration Update of 14 December 2017, section by section, found in the
 * read models: the Memorandums of Understanding (§3.2), the portfolios (§3.5-3.7), the highlights and
 * project table (§3.8, §4.1) with what went live and what was only due, the Public Contact deferral,
 * the §7.1 table of Cambridgeshire spend and savings, and the report's two addressees.
 */
class CollaborationUpdate2017StatementsTest extends ShippedHistoryStatements {

    private static final String UPDATE_DATE = "2017-12-14";

    @Test
    void section3_2ThePccsAndChiefConstablesHaveSignedMemorandumsOfUnderstanding() throws Exception {
        List<Said> said = List.of(
                Said.that("The PCCs and Chief Constables ... have signed Memorandums of Understanding")
                        .is("governance-body-terms-changed", "bch-strategic-alliance").on(UPDATE_DATE, "DAY")
                        .inferredFrom("have signed").decision().noBody()
                        .decidedBy("Police and Crime Commissioners of Bedfordshire, Cambridgeshire and Hertfordshire",
                                "Chief Constables of Bedfordshire, Cambridgeshire and Hertfordshire")
                        .at("§3.2").quoting("have signed Memorandums of Understanding"));

        assertThat(mismatches(api.registerCiting(UPDATE_2017), said)).isEmpty();
    }

    @Test
    void sections3_5To3_7ThePortfoliosAndTheirLeadForces() throws Exception {
        List<List<String>> functions = List.of(
                List.of("joint-protective-services", "JOINT_PROTECTIVE_SERVICES", "BED"),
                List.of("human-resources", "ORGANISATIONAL_SUPPORT", "CAM"),
                List.of("information-management", "ORGANISATIONAL_SUPPORT", "CAM"),
                List.of("ict", "ORGANISATIONAL_SUPPORT", "CAM"),
                List.of("criminal-justice", "OPERATIONAL_SUPPORT", "HER"),
                List.of("custody", "OPERATIONAL_SUPPORT", "HER"),
                List.of("digital-contact-and-mobilisation", "OPERATIONAL_SUPPORT", "HER"),
                List.of("public-contact", "OPERATIONAL_SUPPORT", "HER"));

        for (List<String> expected : functions) {
            JsonNode function = api.function(expected.get(0), null);
            assertThat(List.of(function.get("portfolio").asText(), function.get("leadForce").asText()))
                    .as(expected.get(0)).containsExactly(expected.get(1), expected.get(2));
        }
        List<Said> said = List.of(
                Said.that("Operational Support Services ... includes at this time ... Digital Contact and Mobilisation")
                        .is("collaborated-function-proposed", "digital-contact-and-mobilisation").on(UPDATE_DATE, "DAY")
                        .reported().inferred().nobodyNamed().at("§3.7, §4.1").quoting("Digital Contact and Mobilisation"));
        assertThat(mismatches(api.registerCiting(UPDATE_2017), said)).isEmpty();
    }

    @Test
    void sections3_8And4_1WhatWentLive() throws Exception {
        List<Said> said = List.of(
                Said.that("go live of the collaborated Information Management Department in March 2017")
                        .is("function-went-live", "information-management").on("2017-03", "MONTH").stated().reported()
                        .nobodyNamed().at("§3.8, §4.1").quoting("Information Management Department in March 2017"),
                Said.that("go live of phase 2 of Criminal Justice (casework) in June 2017")
                        .is("function-went-live", "criminal-justice").on("2017-06", "MONTH").stated().reported()
                        .nobodyNamed().at("§3.8, §4.1").quoting("phase 2 of Criminal Justice (casework) in June 2017"),
                Said.that("Custody: The people structure was implemented in March 2017")
                        .is("function-went-live", "custody").on("2017-03", "MONTH").stated().reported()
                        .nobodyNamed().at("§4.1 (Custody)").quoting("The people structure was implemented in March 2017"),
                Said.that("moving to single Senior Leadership Team for ICT and ICT convergence go live (no month given)")
                        .is("function-went-live", "ict").on("2017", "YEAR").inferredFrom("December 2016").reported()
                        .nobodyNamed().at("§3.8").quoting("ICT convergence go live"),
                Said.that("ABLE: The finance system went live in 2017")
                        .is("function-went-live", "able-erp").on("2017", "YEAR").stated().reported()
                        .nobodyNamed().at("§4.1 (Organisational Support)").quoting("The finance system went live in 2017"));

        assertThat(mismatches(api.registerCiting(UPDATE_2017), said)).isEmpty();

        assertThat(goLives("information-management")).containsExactly(tuple("2017-03", null, false));
        assertThat(goLives("criminal-justice")).containsExactly(tuple("2017-06", "phase 2", false));
        assertThat(goLives("custody")).containsExactly(tuple("2017-03", "people structure", false));
        assertThat(goLives("ict")).contains(tuple("2017", "convergence", false));
        assertThat(goLives("able-erp")).contains(tuple("2017", "finance", false));
    }

    @Test
    void section4_1WhatWasOnlyDueIsPlannedAndMakesNothingLive() throws Exception {
        List<Said> said = List.of(
                Said.that("ABLE: with the HR element due to go live in November 2018")
                        .is("function-went-live", "able-erp").on(UPDATE_DATE, "DAY").inferred().planned()
                        .nobodyNamed().at("§4.1 (Organisational Support)").quoting("due to go live in November 2018"),
                Said.that("ICT: The collaborated target operating model is due to go live in Spring/Summer 2018")
                        .is("function-went-live", "ict").on(UPDATE_DATE, "DAY").inferred().planned()
                        .nobodyNamed().at("§4.1 (ICT)").quoting("due to go live in Spring/Summer 2018"),
                Said.that("Digital Contact and Mobilisation: Various go live dates exist throughout 2018")
                        .is("function-went-live", "digital-contact-and-mobilisation").on(UPDATE_DATE, "DAY").inferred().planned()
                        .nobodyNamed().at("§4.1 (Digital Contact and Mobilisation)").quoting("throughout 2018"));

        assertThat(mismatches(api.registerCiting(UPDATE_2017), said)).isEmpty();

        assertThat(goLives("able-erp")).contains(tuple(UPDATE_DATE, "HR element", true));
        assertThat(goLives("ict")).contains(tuple(UPDATE_DATE, "target operating model", true));
        assertThat(goLives("digital-contact-and-mobilisation")).containsExactly(tuple(UPDATE_DATE, null, true));
        // a plan does not make a function live: Digital Contact stays proposed, through and after 2018
        for (String asOf : List.of("2017-12-31", "2018-12-31", "2019-12-31")) {
            assertThat(api.function("digital-contact-and-mobilisation", asOf).get("state").asText()).as(asOf).isEqualTo("proposed");
        }
        // ICT and ABLE are live since what did go live in 2017, not since the update that states their plans
        assertThat(api.function("ict", "2018-12-31").get("stateSince").asText()).isEqualTo("2017");
        assertThat(api.function("able-erp", "2018-12-31").get("stateSince").asText()).isEqualTo("2017");
    }

    @Test
    void section4_1PublicContactDeferredInSeptember2016WithNobodyNamed() throws Exception {
        List<Said> said = List.of(
                Said.that("It was agreed in September 2016 that collaboration of Public Contact would be pushed back at least 2 years")
                        .is("collaboration-deferred", "public-contact").on("2016-09", "MONTH").stated().decision()
                        .nobodyNamed().at("§4.1 (Public Contact)").quoting("It was agreed in September 2016", "at least 2 years"),
                Said.that("Public Contact: A collaborated strategic leadership team is in place")
                        .is("appointment-recorded", "public-contact").on(UPDATE_DATE, "DAY").inferred().reported()
                        .nobodyNamed().at("§4.1 (Public Contact)").quoting("A collaborated strategic leadership team is in place"));

        assertThat(mismatches(api.registerCiting(UPDATE_2017), said)).isEmpty();
        JsonNode publicContact = api.function("public-contact", "2017-12-31");
        assertThat(publicContact.get("state").asText()).isEqualTo("deferred");
        assertThat(publicContact.get("stateSince").asText()).isEqualTo("2016-09");
        assertThat(publicContact.get("reviewCondition").asText()).contains("post-delivery of Athena");
        assertThat(publicContact.get("earliestReview").asText()).as("at least 2 years from September 2016").isEqualTo("2018-09");
    }

    @Test
    void section7_1CambridgeshireSpendOnAndSavingsFromCollaboration() throws Exception {
        // kind, fiscal year, £m as printed -> pence, and whether the update calls it projected
        List<Object[]> table = List.of(
                new Object[] {"COLLABORATION_SPEND", "2016/17", 2_199_800_000L, false},
                new Object[] {"COLLABORATION_SPEND", "2017/18", 3_728_000_000L, false},
                new Object[] {"COLLABORATION_SPEND", "2018/19", 3_828_400_000L, true},
                new Object[] {"COLLABORATION_SPEND", "2019/20", 3_890_300_000L, true},
                new Object[] {"COLLABORATION_SPEND", "2020/21", 4_018_100_000L, true},
                new Object[] {"STATED_SAVING", "2016/17", 92_000_000L, true},
                new Object[] {"STATED_SAVING", "2017/18", 63_000_000L, true},
                new Object[] {"STATED_SAVING", "2018/19", 109_000_000L, true},
                new Object[] {"STATED_SAVING", "2019/20", 25_600_000L, true},
                new Object[] {"STATED_SAVING", "2020/21", 2_100_000L, true});

        JsonNode stated = api.get("/api/savings").get("statedFigures");
        for (Object[] cell : table) {
            assertThat(ReadModelsOverHttp.list(stated)).as("§7.1 " + cell[0] + " " + cell[1])
                    .filteredOn(figure -> figure.get("kind").asText().equals(cell[0]) && figure.get("fiscalYear").asText().equals(cell[1]))
                    .singleElement().satisfies(figure -> {
                        assertThat(figure.get("force").asText()).isEqualTo("CAM");
                        assertThat(figure.get("pence").asLong()).isEqualTo((Long) cell[2]);
                        assertThat(figure.get("projected").asBoolean()).isEqualTo((Boolean) cell[3]);
                    });
        }
        assertThat(mismatches(api.registerCiting(UPDATE_2017), List.of(
                Said.that("§7.1 table: ten figures of spend on and savings from collaboration")
                        .is("stated-figure-recorded", "savings-bch-programme").on(UPDATE_DATE, "DAY").inferred().reported()
                        .nobodyNamed().at("§7.1 table").quoting("Spend on collaboration £m 21.998 37.280 38.284 38.903 40.181",
                                "Savings from collaboration £m 0.920 0.630 1.090 0.256 0.021").times(10))))
                .isEmpty();
    }

    @Test
    void headingAndSection1_1AddressedToTheJointAuditCommitteeToUpdateTheBusinessCoordinationBoard() throws Exception {
        JsonNode addressee = api.disagreement("update-2017-addressee");

        assertThat(ReadModelsOverHttp.list(addressee.get("statements")))
                .extracting(statement -> statement.get("source").get("document").asText(),
                        statement -> statement.get("source").get("paragraph").asText())
                .containsExactly(tuple(UPDATE_2017, "heading"), tuple(UPDATE_2017, "§1.1"));
        assertThat(addressee.get("statements").get(0).get("source").get("quote").asText()).contains("To: Joint Audit Committee");
        assertThat(addressee.get("statements").get(1).get("source").get("quote").asText()).contains("update the Business Coordination Board");
        // and neither body is recorded as deciding anything on the update's account
        assertThat(api.registerCiting(UPDATE_2017)).allSatisfy(row -> assertThat(row.get("body").isNull()).isTrue());
    }

    @Test
    void section5_1TheConcertoReviewOfBchGovernanceIn2017() throws Exception {
        assertThat(ReadModelsOverHttp.list(api.disagreement("concerto-engagement").get("statements")))
                .filteredOn(statement -> UPDATE_2017.equals(statement.get("source").get("document").asText()))
                .singleElement().satisfies(statement -> {
                    assertThat(statement.get("source").get("paragraph").asText()).isEqualTo("§5.1");
                    assertThat(statement.get("source").get("quote").asText()).contains("independent Concerto Review of BCH governance in 2017");
                });
    }

    private List<org.assertj.core.groups.Tuple> goLives(String functionId) throws Exception {
        return ReadModelsOverHttp.list(api.function(functionId, null).get("goLives")).stream()
                .map(goLive -> tuple(goLive.get("on").asText(), ReadModelsOverHttp.textOrNull(goLive.get("phase")),
                        goLive.get("planned").asBoolean()))
                .toList();
    }
}
