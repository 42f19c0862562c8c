package org.allianceledger.history;

import static org.allianceledger.history.ReadModelsOverHttp.BCB_2018;
import static org.allianceledger.history.ReadModelsOverHttp.PRESS_2015;
import static org.allianceledger.history.ReadModelsOverHttp.mismatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The BCH press release "Three Forces Predict 2016 Will See Major Progress on Collaboration" (Dec 2015),
 * paragraph by paragraph, found in the read models: the formal signing of three Section 22 agreements
 * by the Chief Constables and PCCs (undated in the release, dated by it), the two units launched "on
 * 1 December" (no year given), Public Contact's head appointed (an appointment, not a go-live), and the
 * business cases it says were approved in 2015.
 */
class PressRelease2015StatementsTest extends ShippedHistoryStatements {

    /** Each party, as the register names the one who signed for it. */
    private static final Map<String, String> SIGNATORIES = Map.of(
            "BED-PCC", "Police and Crime Commissioner for Bedfordshire",
            "BED-CC", "Chief Constable of Bedfordshire",
            "CAM-PCC", "Police and Crime Commissioner for Cambridgeshire",
            "CAM-CC", "Chief Constable of Cambridgeshire",
            "HER-PCC", "Police and Crime Commissioner for Hertfordshire",
            "HER-CC", "Chief Constable of Hertfordshire");
    private static final List<String> PARTIES = List.of("BED-PCC", "BED-CC", "CAM-PCC", "CAM-CC", "HER-PCC", "HER-CC");

    @Test
    void paragraph2TheFormalSigningOfSection22AgreementsForPublicContactFirearmsLicensingAndHumanResources() throws Exception {
        Map<String, String> agreements = Map.of(
                "s22-public-contact", "¶2",
                "s22-firearms-licensing", "¶2, ¶7",
                "s22-human-resources", "¶2, ¶7");
        List<Said> said = new ArrayList<>();
        agreements.forEach((agreement, paragraph) -> {
            PARTIES.forEach(party -> said.add(Said.that(party + " signed " + agreement)
                    .is("section22-agreement-signed", agreement).on("2015-12", "MONTH").inferredFrom("does not date the signing")
                    .decision().decidedBy(SIGNATORIES.get(party)).noBody().at(paragraph)
                    .quoting("the formal signing of Section 22 Collaboration Agreements between the Chief Constables and Police and Crime Commissioners")));
            said.add(Said.that(agreement + " drafted (the release reports only its signing)")
                    .is("section22-agreement-drafted", agreement).on("2015-12", "MONTH").inferred().reported().nobodyNamed());
            said.add(Said.that(agreement + " in force once all six have signed")
                    .is("section22-agreement-came-into-force", agreement).on("2015-12", "MONTH").inferred().noBody());
        });

        assertThat(mismatches(api.registerCiting(PRESS_2015), said)).isEmpty();

        JsonNode inForce = api.get("/api/agreements?asOf=2015-12-31");
        for (String agreementId : agreements.keySet()) {
            JsonNode agreement = ReadModelsOverHttp.find(inForce, "agreementId", agreementId);
            assertThat(agreement.get("status").asText()).as(agreementId).isEqualTo("in-force");
            assertThat(agreement.get("inForceFrom").asText()).isEqualTo("2015-12");
            assertThat(ReadModelsOverHttp.list(agreement.get("signatures")))
                    .extracting(signature -> signature.get("party").asText(), signature -> signature.get("signedOn").asText())
                    .containsExactlyInAnyOrderElementsOf(PARTIES.stream().map(party -> tuple(party, "2015-12")).toList());
        }
        assertThat(ReadModelsOverHttp.find(inForce, "agreementId", "s22-public-contact").get("scope").asText())
                .contains("force control rooms");
        assertThat(api.get("/api/agreements?asOf=2015-11-30").findValuesAsText("status")).doesNotContain("in-force");
    }

    @Test
    void paragraphs3To5TheFirearmsLicensingAndHumanResourcesUnitsBothLaunchedOn1December() throws Exception {
        List<Said> said = List.of(
                Said.that("The BCH Firearms and Explosives Licensing ... unit launched on 1 December (no year given)")
                        .is("function-went-live", "firearms-licensing").on("2015-12-01", "DAY").inferredFrom("gives no year")
                        .reported().nobodyNamed().at("¶3-4").quoting("both launched on 1 December", "Monks Wood", "Harpenden"),
                Said.that("The BCH Human Resources unit launched on 1 December (no year given)")
                        .is("function-went-live", "human-resources").on("2015-12-01", "DAY").inferredFrom("gives no year")
                        .reported().nobodyNamed().at("¶3, ¶5").quoting("both launched on 1 December", "encompasses Learning and Development"));

        assertThat(mismatches(api.registerCiting(PRESS_2015), said)).isEmpty();
        for (String functionId : List.of("firearms-licensing", "human-resources")) {
            assertThat(ReadModelsOverHttp.list(api.function(functionId, null).get("goLives")))
                    .extracting(goLive -> goLive.get("on").asText(), goLive -> goLive.get("planned").asBoolean())
                    .as(functionId).containsExactly(tuple("2015-12-01", false));
            assertThat(api.function(functionId, "2015-11-30").get("state").asText()).isNotEqualTo("live");
            assertThat(api.function(functionId, "2015-12-01").get("state").asText()).isEqualTo("live");
        }
    }

    @Test
    void paragraph7ChiefSuperintendentJaneSwinburneAppointedHeadOfBchPublicContactAnAppointmentNotAGoLive() throws Exception {
        List<Said> said = List.of(
                Said.that("the appointment of Chief Superintendent Jane Swinburne as the Head of BCH Public Contact")
                        .is("appointment-recorded", "public-contact").on("2015-12", "MONTH").inferred().reported()
                        .nobodyNamed().at("¶7").quoting("appointment of Chief Superintendent Jane Swinburne as the Head of BCH Public Contact"),
                Said.that("The next stage will be to appoint a single Senior Management Team")
                        .is("appointment-recorded", "public-contact").on("2015-12", "MONTH").inferred().planned()
                        .nobodyNamed().at("¶7").quoting("The next stage will be to appoint a single Senior Management Team"));

        assertThat(mismatches(api.registerCiting(PRESS_2015), said)).isEmpty();

        JsonNode publicContact = api.function("public-contact", "2015-12-31");
        assertThat(ReadModelsOverHttp.list(publicContact.get("appointments")))
                .extracting(a -> a.get("on").asText(), a -> a.get("role").asText(), a -> ReadModelsOverHttp.textOrNull(a.get("appointee")),
                        a -> a.get("planned").asBoolean())
                .contains(tuple("2015-12", "Head of BCH Public Contact", "Chief Superintendent Jane Swinburne", false));
        assertThat(api.registerCiting(PRESS_2015)).as("nothing from the release makes Public Contact go live")
                .noneSatisfy(row -> assertThat(List.of(row.get("kind").asText(), row.path("subject").path("id").asText()))
                        .containsExactly("function-went-live", "public-contact"));
        for (String asOf : List.of("2015-12-31", "2016-08-31", "2017-12-31", "2019-04-30")) {
            JsonNode function = api.function("public-contact", asOf);
            assertThat(function.get("goLives").isNull() || function.get("goLives").isEmpty()).as("no go-live by " + asOf).isTrue();
            assertThat(function.get("state").asText()).as(asOf).isNotEqualTo("live");
        }
    }

    @Test
    void paragraph6BusinessCasesApprovedIn2015IncludingInformationManagementWhichTheBcbReportDatesMay2016() throws Exception {
        JsonNode disagreement = api.disagreement("imd-business-case-date");

        assertThat(ReadModelsOverHttp.list(disagreement.get("statements")))
                .extracting(statement -> statement.get("source").get("document").asText(), statement -> statement.get("source").get("paragraph").asText())
                .containsExactly(tuple(PRESS_2015, "¶6"), tuple(BCB_2018, "§6.1, §6.3"));
        assertThat(disagreement.get("statements").get(0).get("source").get("quote").asText())
                .contains("approval in 2015 of business cases for Criminal Justice, Custody, ICT, Information Management and Public Contact");
        assertThat(disagreement.get("statements").get(1).get("source").get("quote").asText()).contains("(May 16)");
        // the other four cases the release names were approved in 2015, as the BCB report dates them too
        JsonNode cases = api.get("/api/business-cases");
        for (String caseId : List.of("bc-cj-phase-1", "bc-custody", "bc-ict", "bc-public-contact")) {
            assertThat(ReadModelsOverHttp.find(cases, "caseId", caseId).get("approvedOn").asText()).as(caseId).startsWith("2015-");
        }
        assertThat(ReadModelsOverHttp.find(cases, "caseId", "bc-information-management").get("approvedOn").asText()).isEqualTo("2016-05");
        assertThat(api.function("public-contact", null).get("description").asText())
                .as("Public Contact, which incorporates force control rooms and crime recording teams")
                .contains("control rooms", "crime recording teams");
    }

    @Test
    void theReleaseNamesNoBodyAndEveryDateFromItIsInferred() throws Exception {
        assertThat(api.registerCiting(PRESS_2015)).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("body").isNull()).isTrue();
            assertThat(row.get("dateInferredFrom").isNull()).as("the release dates nothing it reports: " + row.get("kind")).isFalse();
            assertThat(row.get("decidedOn").asText()).startsWith("2015-12");
        });
    }
}
