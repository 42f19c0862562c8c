package org.allianceledger.history;

import static org.allianceledger.history.ReadModelsOverHttp.BCB_2018;
import static org.allianceledger.history.ReadModelsOverHttp.UPDATE_2017;
import static org.allianceledger.history.ReadModelsOverHttp.list;
import static org.allianceledger.history.ReadModelsOverHttp.mismatches;
import static org.allianceledger.history.ReadModelsOverHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Chief Executive's report to the Business Coordination Board of 19 July 2018, section by
 * section, found in the read models: the second phase of collaboration (§3.6), the portfolios (§4.7,
 * whose second heading is misprinted), the §5.2 table of Cambridgeshire budget reductions in full with
 * every printed total reconciled, the §6 business cases with their months and Cambridgeshire forecasts
 * (no approving body or decider named), the decision not to proceed with Public Contact (§7.2), and
 * the governance changes of §10. Figures the report prints are reported facts, not decisions.
 */
class BcbReport2018StatementsTest extends ShippedHistoryStatements {

    private static final String REPORT_DATE = "2018-07-19";
    private static final List<String> YEARS = List.of("2014/15", "2015/16", "2016/17", "2017/18", "2018/19");
    /** £'000 as printed. */
    private static final long K = 100_000L;

    @Test
    void section3_6TheSecondPhaseOfCollaborationCommencedIn2014() throws Exception {
        List<Said> said = new ArrayList<>();
        for (String function : List.of("human-resources", "ict", "information-management", "custody", "criminal-justice",
                "firearms-licensing", "public-contact")) {
            said.add(Said.that("The second phase collaboration commenced in 2014 ... " + function)
                    .is("collaborated-function-proposed", function).on("2014", "YEAR").stated().reported().nobodyNamed()
                    .quoting("The second phase collaboration commenced in 2014"));
        }
        said.add(Said.that("longstanding (prior to 2014/15) ... Joint Protective Services ... The lead force for JPS is Bedfordshire")
                .is("collaborated-function-proposed", "joint-protective-services").on("2013", "YEAR").inferred().reported()
                .nobodyNamed().at("§4.4-4.5").quoting("The “lead force” for JPS is Bedfordshire"));

        assertThat(mismatches(api.registerCiting(BCB_2018), said)).isEmpty();
        assertThat(api.function("joint-protective-services", null).get("leadForce").asText()).isEqualTo("BED");
    }

    @Test
    void section4_7TheMisprintedSecondHeadingIsADisagreementNotALeadershipChange() throws Exception {
        JsonNode heading = api.disagreement("bcb-2018-portfolio-heading");
        assertThat(list(heading.get("statements")))
                .extracting(s -> s.get("source").get("document").asText(), s -> s.get("source").get("paragraph").asText())
                .containsExactly(tuple(BCB_2018, "§4.7"), tuple(UPDATE_2017, "§3.7"));
        assertThat(heading.get("statements").get(0).get("source").get("quote").asText())
                .contains("Organisational Support consists of Criminal Justice, Custody, Firearms and Explosives Licensing");

        // Hertfordshire leads the four functions, in Operational Support, from their first entry to the last
        for (String functionId : List.of("firearms-licensing", "criminal-justice", "custody", "public-contact")) {
            for (String asOf : List.of("2014-12-31", "2018-07-19", "2019-12-31")) {
                JsonNode function = api.function(functionId, asOf);
                assertThat(List.of(function.get("leadForce").asText(), function.get("portfolio").asText()))
                        .as(functionId + " on " + asOf).containsExactly("HER", "OPERATIONAL_SUPPORT");
            }
        }
        // and nothing in the register changes Firearms Licensing's leadership or portfolio
        assertThat(api.register()).filteredOn(row -> "firearms-licensing".equals(row.path("subject").path("id").asText()))
                .extracting(row -> row.get("kind").asText())
                .containsOnly("collaborated-function-proposed", "function-went-live");
        assertThat(api.registerCiting(BCB_2018)).filteredOn(row -> row.path("source").path("paragraph").asText().contains("§4.7"))
                .extracting(row -> row.get("kind").asText()).containsOnly("disagreement-recorded");
    }

    @Test
    void section5_2TheTableOfBudgetReductionsLineByLineAndYearByYear() throws Exception {
        Map<String, long[]> printed = new LinkedHashMap<>();
        // label as printed -> £'000 per year (0 = blank) and the printed row total
        printed.put("Firearms licensing", new long[] {0, 27, 86, 0, 0, 113});
        printed.put("Information management", new long[] {0, 0, 0, 71, 0, 71});
        printed.put("ICT", new long[] {0, 541, 508, 29, 423, 1501});
        printed.put("CJ phase 1", new long[] {0, 0, 21, 0, 0, 21});
        printed.put("Custody", new long[] {0, 0, 0, 92, 0, 92});
        printed.put("ERSOU/JPS etc", new long[] {2600, 358, 305, 355, 735, 4353});
        printed.put("Total recurrent in each year", new long[] {2600, 926, 920, 547, 1158, 6151});

        JsonNode table = api.get("/api/savings").get("savingsTable");
        assertThat(table.get("force").asText()).isEqualTo("CAM");
        assertThat(texts(table.get("fiscalYears"))).containsExactlyElementsOf(YEARS);

        printed.forEach((label, thousands) -> {
            JsonNode line = ReadModelsOverHttp.find(table.get("lines"), "label", label);
            assertThat(cells(line)).as(label).containsExactlyElementsOf(pence(Arrays.copyOf(thousands, 5), true));
            assertThat(line.get("totalPence").asLong()).as(label + " total").isEqualTo(thousands[5] * K);
        });
        assertThat(ReadModelsOverHttp.find(table.get("lines"), "label", "Total recurrent in each year").get("kind").asText())
                .isEqualTo("RECURRENT_TOTAL");
    }

    @Test
    void section5_2TheTableOfCumulativeSavingsAndChangeTeamCosts() throws Exception {
        JsonNode table = api.get("/api/savings").get("savingsTable");

        assertThat(cells(ReadModelsOverHttp.find(table.get("lines"), "label", "Total annual cumulative")))
                .containsExactlyElementsOf(pence(new long[] {2600, 3526, 4446, 4993, 6151}, false));
        assertThat(cells(ReadModelsOverHttp.find(table.get("lines"), "label", "Total savings from 2014/15")))
                .containsExactlyElementsOf(pence(new long[] {2600, 6126, 10572, 15565, 21716}, false));
        // printed negative; recorded as costs, never netted against the savings
        JsonNode costs = ReadModelsOverHttp.find(table.get("lines"), "label", "BCH Change Team costs");
        assertThat(costs.get("kind").asText()).isEqualTo("CHANGE_TEAM_COST");
        assertThat(cells(costs)).containsExactlyElementsOf(pence(new long[] {795, 1895, 1649, 1448, 561}, false));
        // the printed cumulative row leaves 2014/15 blank; its four printed cells
        assertThat(cells(ReadModelsOverHttp.find(table.get("lines"), "label", "Total Cumulative Change Team costs")).subList(1, 5))
                .containsExactlyElementsOf(pence(new long[] {2690, 4339, 5787, 6348}, false));

        JsonNode changeTeam = api.get("/api/savings").get("changeTeamCosts");
        assertThat(list(changeTeam)).extracting(c -> c.get("fiscalYear").asText(), c -> c.get("pence").asLong(), c -> c.get("cumulativePence").asLong())
                .containsExactly(tuple("2014/15", 795 * K, 795 * K), tuple("2015/16", 1895 * K, 2690 * K), tuple("2016/17", 1649 * K, 4339 * K),
                        tuple("2017/18", 1448 * K, 5787 * K), tuple("2018/19", 561 * K, 6348 * K));
    }

    @Test
    void section5_2EveryPrintedTotalReconcilesWithTheLinesRecorded() throws Exception {
        // kind, function as the table names it, fiscal year (null: the Total column), £'000 printed
        List<Object[]> totals = new ArrayList<>();
        Map<String, Long> rowTotals = Map.of("Firearms licensing", 113L, "Information management", 71L, "ICT", 1501L,
                "CJ phase 1", 21L, "Custody", 92L, "ERSOU/JPS etc", 4353L);
        rowTotals.forEach((label, total) -> totals.add(new Object[] {"RECURRENT_TOTAL", label, null, total}));
        totals.add(new Object[] {"RECURRENT_TOTAL", "BCH collaboration as a whole", null, 6151L});
        long[] recurrent = {2600, 926, 920, 547, 1158};
        long[] annual = {2600, 3526, 4446, 4993, 6151};
        long[] sinceStart = {2600, 6126, 10572, 15565, 21716};
        for (int i = 0; i < YEARS.size(); i++) {
            totals.add(new Object[] {"RECURRENT_TOTAL", "BCH collaboration as a whole", YEARS.get(i), recurrent[i]});
            totals.add(new Object[] {"ANNUAL_CUMULATIVE", "BCH collaboration as a whole", YEARS.get(i), annual[i]});
            totals.add(new Object[] {"TOTAL_TO_DATE", "BCH collaboration as a whole", YEARS.get(i), sinceStart[i]});
        }
        long[] changeTeamCumulative = {2690, 4339, 5787, 6348};
        for (int i = 0; i < 4; i++) {
            totals.add(new Object[] {"CHANGE_TEAM_CUMULATIVE", "BCH Change Team", YEARS.get(i + 1), changeTeamCumulative[i]});
        }

        List<JsonNode> fromTheTable = list(api.get("/api/savings").get("reconciliation")).stream()
                .filter(row -> row.get("source").asText().equals(BCB_2018 + ", §5.2 table")).toList();
        for (Object[] total : totals) {
            assertThat(fromTheTable).as(Arrays.toString(total))
                    .filteredOn(row -> row.get("kind").asText().equals(total[0]) && row.get("function").asText().equals(total[1])
                            && java.util.Objects.equals(ReadModelsOverHttp.textOrNull(row.get("fiscalYear")), total[2]))
                    .singleElement().satisfies(row -> {
                        assertThat(row.get("force").asText()).isEqualTo("CAM");
                        assertThat(row.get("projected").asBoolean()).isFalse();
                        assertThat(row.get("statedPence").asLong()).isEqualTo((Long) total[3] * K);
                        assertThat(row.get("computedPence").asLong()).isEqualTo((Long) total[3] * K);
                        assertThat(row.get("differencePence").asLong()).isZero();
                    });
        }
        assertThat(fromTheTable).as("every printed total recorded is reconciled, and differs by nothing")
                .hasSize(totals.size()).allSatisfy(row -> assertThat(row.get("differencePence").asLong()).isZero());
    }

    @Test
    void sections3_4_3_7And5_1To5_4TheFiguresTheTextQuotesAreTheTables() throws Exception {
        JsonNode lines = api.get("/api/savings").get("savingsTable").get("lines");

        // §3.4, §5.1: the first phase "delivered £2.6m budget reductions to Cambridgeshire", shown in 2014/15
        assertThat(cells(ReadModelsOverHttp.find(lines, "label", "ERSOU/JPS etc")).get(0)).isEqualTo(2600 * K);
        // §3.7, §5.3: "Recurrent savings for Cambridgeshire from collaboration is currently £6.151m"
        assertThat(ReadModelsOverHttp.find(lines, "label", "Total recurrent in each year").get("totalPence").asLong()).isEqualTo(6151 * K);
        assertThat(cells(ReadModelsOverHttp.find(lines, "label", "Total annual cumulative")).get(4)).isEqualTo(6151 * K);
        // §3.7, §5.3: "Total cumulative savings since 2014/15 is £21.716m"
        assertThat(cells(ReadModelsOverHttp.find(lines, "label", "Total savings from 2014/15")).get(4)).isEqualTo(21716 * K);
        // §5.4: "The change team costs in the period shown accumulate to £6.348m"
        assertThat(cells(ReadModelsOverHttp.find(lines, "label", "Total Cumulative Change Team costs")).get(4)).isEqualTo(6348 * K);
    }

    @Test
    void section5_2TheTableIsReportedFiguresNotDecisions() throws Exception {
        List<Said> said = List.of(
                Said.that("§5.2 table: the 14 printed cells of recurrent budget reductions by function and year")
                        .is("budget-reduction-recorded", null).on(REPORT_DATE, "DAY").inferred().reported().nobodyNamed()
                        .at("§5.2 table").times(14),
                Said.that("§5.2 table: BCH Change Team costs -£795 -£1,895 -£1,649 -£1,448 -£561")
                        .is("change-team-cost-recorded", "savings-bch-change-team").on(REPORT_DATE, "DAY").inferred().reported()
                        .nobodyNamed().at("§5.2 table").quoting("BCH Change Team costs -£795 -£1,895 -£1,649 -£1,448 -£561").times(5),
                Said.that("§5.2 table: the printed totals").is("stated-figure-recorded", null).on(REPORT_DATE, "DAY").inferred()
                        .reported().nobodyNamed().at("§5.2 table").times(26));

        assertThat(mismatches(api.registerCiting(BCB_2018), said)).isEmpty();
        assertThat(api.registerCiting(BCB_2018))
                .filteredOn(row -> List.of("budget-reduction-recorded", "change-team-cost-recorded", "stated-figure-recorded",
                        "forecast-taken-from-business-case", "savings-ledger-opened").contains(row.get("kind").asText()))
                .isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(row.get("nature").asText()).as(row.get("kind").asText()).isEqualTo("REPORTED");
                    assertThat(texts(row.get("decidedBy"))).isEmpty();
                });
    }

    @Test
    void section6BusinessCasesWithTheirMonthsAndCambridgeshireForecastsApprovedByNobodyNamed() throws Exception {
        // case, function, month as printed, paragraph, forecast for Cambridgeshire in pence (null: none given)
        List<Object[]> cases = List.of(
                new Object[] {"bc-firearms-licensing", "firearms-licensing", "2015-02", "§6.1-6.2", 17_400_000L},
                new Object[] {"bc-human-resources", "human-resources", "2015-05", "§6.1, §6.8", 99_000_000L},
                new Object[] {"bc-public-contact", "public-contact", "2015-07", "§6.1, §6.7, §7.2", null},
                new Object[] {"bc-ict", "ict", "2015-10", "§6.1, §6.4", 220_200_000L},
                new Object[] {"bc-custody", "custody", "2015-10", "§6.1, §6.5", 27_800_000L},
                new Object[] {"bc-cj-phase-1", "criminal-justice", "2015-10", "§6.1, §6.6", 1_400_000L},
                new Object[] {"bc-information-management", "information-management", "2016-05", "§6.1, §6.3", 32_000_000L});

        List<Said> said = new ArrayList<>();
        for (Object[] c : cases) {
            said.add(Said.that("the " + c[0] + " business case approved (" + c[2] + ")").is("business-case-approved", (String) c[0])
                    .on((String) c[2], "MONTH").stated().decision().nobodyNamed().at((String) c[3]));
        }
        said.add(Said.that("It was ultimately decided that a two site model would be adopted ... £112k")
                .is("business-case-option-changed", "bc-firearms-licensing").on("2015-12", "MONTH").inferred().decision()
                .nobodyNamed().at("§6.2").quoting("It was ultimately decided that a two site model would be adopted"));
        assertThat(mismatches(api.registerCiting(BCB_2018), said)).isEmpty();

        JsonNode register = api.get("/api/business-cases");
        for (Object[] c : cases) {
            JsonNode businessCase = ReadModelsOverHttp.find(register, "caseId", (String) c[0]);
            assertThat(businessCase.get("functionId").asText()).isEqualTo(c[1]);
            assertThat(businessCase.get("versions").get(0).get("decidedOn").asText()).as(c[0] + " approved").isEqualTo(c[2]);
            List<JsonNode> forecast = list(businessCase.get("versions").get(0).get("forecast"));
            if (c[4] == null) {
                assertThat(forecast).as("§6.7 gives no figure for Public Contact").isEmpty();
            } else {
                assertThat(forecast).extracting(f -> f.get("force").asText(), f -> f.get("amount").asLong())
                        .as(c[0] + " forecast").containsExactly(tuple("CAM", c[4]));
            }
        }
        JsonNode firearms = ReadModelsOverHttp.find(register, "caseId", "bc-firearms-licensing");
        assertThat(list(firearms.get("versions")))
                .extracting(v -> v.get("option").asText(), v -> v.get("forecast").get(0).get("amount").asLong(), v -> v.get("decidedOn").asText())
                .containsExactly(tuple("single site model", 17_400_000L, "2015-02"), tuple("two site model", 11_200_000L, "2015-12"));
    }

    @Test
    void section6ForecastsStandBesideWhatHasBeenRemovedFromBudget() throws Exception {
        // function -> standing forecast, actual removed from budget (pence)
        Map<String, long[]> forecastAndActual = new LinkedHashMap<>();
        forecastAndActual.put("firearms-licensing", new long[] {112 * 1000 * 100L, 113 * 1000 * 100L});
        forecastAndActual.put("information-management", new long[] {320 * 1000 * 100L, 71 * 1000 * 100L});
        forecastAndActual.put("ict", new long[] {220_200_000L, 150_100_000L});
        forecastAndActual.put("custody", new long[] {278 * 1000 * 100L, 92 * 1000 * 100L});
        forecastAndActual.put("criminal-justice", new long[] {14 * 1000 * 100L, 21 * 1000 * 100L});
        forecastAndActual.put("human-resources", new long[] {99_000_000L, 0L});

        JsonNode totals = api.get("/api/savings?force=CAM").get("totals");
        forecastAndActual.forEach((function, expected) -> {
            JsonNode total = ReadModelsOverHttp.find(totals, "function", function);
            assertThat(total.get("forecastPence").asLong()).as(function + " standing forecast").isEqualTo(expected[0]);
            assertThat(total.get("actualPence").asLong()).as(function + " removed from budget").isEqualTo(expected[1]);
        });
        JsonNode firearms = ReadModelsOverHttp.find(totals, "function", "firearms-licensing");
        assertThat(list(firearms.get("forecasts"))).extracting(f -> f.get("pence").asLong(), f -> f.get("standing").asBoolean())
                .containsExactly(tuple(17_400_000L, false), tuple(11_200_000L, true));
    }

    @Test
    void section7_2TheBchPccsAndChiefConstablesDecidedThatPublicContactWouldNotProceed() throws Exception {
        List<Said> said = List.of(
                Said.that("it was decided by the BCH PCCs and Chief Constables, that implementation would not proceed")
                        .is("collaboration-not-proceeded", "public-contact").on(REPORT_DATE, "DAY").inferredFrom("dated by the report")
                        .decision().decidedBy("BCH PCCs", "BCH Chief Constables").noBody().at("§6.7, §7.2")
                        .quoting("it was decided by the BCH PCCs and Chief Constables, that implementation would not proceed"));

        assertThat(mismatches(api.registerCiting(BCB_2018), said)).isEmpty();
        assertThat(api.function("public-contact", "2018-12-31").get("state").asText()).isEqualTo("not-proceeded");
        assertThat(list(api.disagreement("public-contact-deferred-or-not-proceeded").get("statements")))
                .extracting(s -> s.get("source").get("document").asText()).containsExactly(UPDATE_2017, BCB_2018);
    }

    @Test
    void section10GovernanceChangesAfterTheIndependentReview() throws Exception {
        List<Said> said = List.of(
                Said.that("The joint Strategic Alliance Summit ... has been refocused to a more strategic governance and horizon-scanning role")
                        .is("governance-body-terms-changed", "strategic-alliance-summit").on(REPORT_DATE, "DAY").inferred()
                        .decision().nobodyNamed().at("§10.5").quoting("has been refocused to a more strategic governance and horizon-scanning role"),
                Said.that("Performance ... is managed and controlled by the delivery/performance boards")
                        .is("governance-body-established", "delivery-performance-boards").on(REPORT_DATE, "DAY").inferred()
                        .reported().nobodyNamed().at("§10.4").quoting("delivery/performance boards"));

        assertThat(mismatches(api.registerCiting(BCB_2018), said)).isEmpty();
        assertThat(list(api.disagreement("who-commissioned-the-independent-review").get("statements")))
                .filteredOn(s -> BCB_2018.equals(s.get("source").get("document").asText()))
                .singleElement().satisfies(s -> {
                    assertThat(s.get("source").get("paragraph").asText()).isEqualTo("§10.1");
                    assertThat(s.get("source").get("quote").asText()).contains("The PCCs commissioned an independent review");
                });
    }

    @Test
    void theReportsOtherDisagreementsWithTheEarlierDocuments() throws Exception {
        assertThat(list(api.disagreement("jps-units").get("statements"))).extracting(s -> s.get("source").get("paragraph").asText())
                .containsExactly("§3.5", "§4.4, §4.1");
        JsonNode byYear = api.disagreement("cambridgeshire-savings-by-year");
        assertThat(list(byYear.get("statements"))).extracting(s -> s.get("source").get("document").asText())
                .containsExactly(UPDATE_2017, BCB_2018);
        // the savings view sets the update's expectations beside the table's recurrent totals
        List<JsonNode> expected = list(api.get("/api/savings").get("reconciliation")).stream()
                .filter(row -> row.get("kind").asText().equals("STATED_SAVING")).toList();
        assertThat(expected).extracting(r -> r.get("fiscalYear").asText(), r -> r.get("statedPence").asLong(),
                        r -> r.get("computedPence").isNull() ? null : r.get("computedPence").asLong())
                .contains(tuple("2016/17", 92_000_000L, 92_000_000L), tuple("2017/18", 63_000_000L, 54_700_000L),
                        tuple("2018/19", 109_000_000L, 115_800_000L));
    }

    private static List<Long> cells(JsonNode line) {
        List<Long> cells = new ArrayList<>();
        line.get("pence").forEach(cell -> cells.add(cell.isNull() ? null : cell.asLong()));
        return cells;
    }

    /** £'000 to pence; a 0 is a blank cell where the table leaves it blank. */
    private static List<Long> pence(long[] thousands, boolean zeroIsBlank) {
        List<Long> pence = new ArrayList<>();
        for (long value : thousands) {
            pence.add(zeroIsBlank && value == 0 ? null : value * K);
        }
        return pence;
    }
}
