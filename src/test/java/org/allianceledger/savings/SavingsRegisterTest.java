package org.allianceledger.savings;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.ProjectionHarness;
import org.allianceledger.savings.SavingsLedgerEvent.BudgetReductionRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ChangeTeamCostRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ForecastTakenFromBusinessCase;
import org.allianceledger.savings.SavingsLedgerEvent.SavingsEntryCorrected;
import org.allianceledger.savings.SavingsLedgerEvent.SavingsLedgerOpened;
import org.allianceledger.savings.SavingsLedgerEvent.StatedFigureRecorded;
import org.allianceledger.savings.SavingsTimeline.Reconciliation;
import org.allianceledger.savings.SavingsTimeline.Row;
import org.allianceledger.savings.SavingsTimeline.TableLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


class SavingsRegisterTest {

    private static final FiscalYear Y15 = FiscalYear.parse("2015/16");
    private static final FiscalYear Y16 = FiscalYear.parse("2016/17");
    private static final FiscalYear Y17 = FiscalYear.parse("2017/18");
    private static final String LEDGER = "savings-custody";

    SavingsRegister savings;
    ProjectionHarness harness;

    @BeforeEach
    void freshProjection() {
        savings = new SavingsRegister();
        harness = new ProjectionHarness(savings);
        harness.record(new SavingsLedgerOpened(LEDGER, "custody", null, on("2015-10")));
    }

    private BudgetReductionRecorded reduction(String entryId, FiscalYear year, long thousands, String date) {
        return new BudgetReductionRecorded(LEDGER, entryId, Force.CAM, year, Money.ofThousands(thousands), true, null, on(date));
    }

    private ForecastTakenFromBusinessCase forecast(String entryId, FiscalYear year, long thousands) {
        return new ForecastTakenFromBusinessCase(LEDGER, entryId, "bc-custody", 1, Force.CAM, year, Money.ofThousands(thousands), on("2015-10"));
    }

    @Test
    void forecastsAndActualsAddUpPerYearWithRunningTotalsAndVariance() {
        harness.record(forecast("f16", Y16, 100));
        harness.record(forecast("f17", Y17, 150));
        harness.record(reduction("r16", Y16, 80, "2017-05"));
        harness.record(reduction("r17", Y17, 170, "2018-05"));
        harness.record(reduction("r17b", Y17, 5, "2018-06"));

        SavingsTimeline timeline = savings.timeline(harness.asOf("2019-01-01"), null, null);

        assertThat(timeline.rows()).extracting(Row::fiscalYear, Row::forecastPence, Row::actualPence,
                        Row::cumulativeForecastPence, Row::cumulativeActualPence, Row::variancePence)
                .containsExactly(
                        tuple(Y16, 10_000_000L, 8_000_000L, 10_000_000L, 8_000_000L, -2_000_000L),
                        tuple(Y17, 15_000_000L, 17_500_000L, 25_000_000L, 25_500_000L, 2_500_000L));
        assertThat(timeline.totals()).singleElement().satisfies(total -> {
            assertThat(total.function()).isEqualTo("custody");
            assertThat(total.forecastPence()).isEqualTo(25_000_000L);
            assertThat(total.actualPence()).isEqualTo(25_500_000L);
        });
        assertThat(savings.timeline(harness.asOf("2017-12-31"), null, null).rows())
                .extracting(Row::fiscalYear, Row::actualPence)
                .containsExactly(tuple(Y16, 8_000_000L), tuple(Y17, 0L));
    }

    @Test
    void aBackDatedCorrectionChangesTheFigureFromItsDateAndOnlyOnceItIsRecorded() {
        harness.record(reduction("r16", Y16, 92, "2018-07-19"));
        Instant beforeCorrection = harness.record(reduction("r17", Y17, 10, "2018-07-19"));
        Instant corrected = harness.record(new SavingsEntryCorrected(LEDGER, "r16-fix", "r16", SavingsEntryKind.BUDGET_REDUCTION,
                Force.CAM, Y16, Money.ofThousands(29), "the report transposed the digits", on("2018-07-20")));

        assertThat(actual16(ProjectionHarness.at("2019-01-01", corrected))).isEqualTo(2_900_000L);
        // known now, but asked as of the day before the correction took effect: the original figure stood
        assertThat(actual16(ProjectionHarness.at("2018-07-19", corrected))).isEqualTo(9_200_000L);
        // asked as of today, but as the record stood before the correction was recorded
        assertThat(actual16(ProjectionHarness.at("2019-01-01", beforeCorrection))).isEqualTo(9_200_000L);
        // before the report, neither
        assertThat(savings.timeline(ProjectionHarness.at("2018-07-18", corrected), null, null).rows()).isEmpty();
    }

    @Test
    void aCorrectionOfACorrectionReplacesTheSameEntry() {
        harness.record(reduction("r16", Y16, 92, "2018-07-19"));
        harness.record(new SavingsEntryCorrected(LEDGER, "fix-1", "r16", SavingsEntryKind.BUDGET_REDUCTION,
                Force.CAM, Y16, Money.ofThousands(29), "transposed", on("2018-08")));
        harness.record(new SavingsEntryCorrected(LEDGER, "fix-2", "fix-1", SavingsEntryKind.BUDGET_REDUCTION,
                Force.CAM, Y17, Money.ofThousands(30), "wrong year too", on("2018-09")));

        SavingsTimeline timeline = savings.timeline(harness.asOf("2019-01-01"), null, null);

        assertThat(timeline.rows()).extracting(Row::fiscalYear, Row::actualPence).containsExactly(tuple(Y17, 3_000_000L));
        assertThat(savings.timeline(harness.asOf("2018-08-15"), null, null).rows())
                .extracting(Row::fiscalYear, Row::actualPence).containsExactly(tuple(Y16, 2_900_000L));
    }

    @Test
    void changeTeamCostsSitBesideSavingsAndAreNeverNetted() {
        harness.record(reduction("r16", Y16, 80, "2018-07-19"));
        harness.record(new ChangeTeamCostRecorded(LEDGER, "c16", Force.CAM, Y16, Money.ofThousands(1649), on("2018-07-19")));
        harness.record(new ChangeTeamCostRecorded(LEDGER, "c17", Force.CAM, Y17, Money.ofThousands(1448), on("2018-07-19")));

        SavingsTimeline timeline = savings.timeline(harness.asOf("2019-01-01"), Force.CAM, null);

        assertThat(timeline.rows()).extracting(Row::actualPence).containsExactly(8_000_000L);
        assertThat(timeline.changeTeamCosts()).extracting(c -> c.pence(), c -> c.cumulativePence())
                .containsExactly(tuple(164_900_000L, 164_900_000L), tuple(144_800_000L, 309_700_000L));
    }

    @Test
    void eachForecastIsAttributedToTheBusinessCaseVersionItWasTakenFrom() {
        harness.record(new ForecastTakenFromBusinessCase(LEDGER, "v1", "bc-custody", 1, Force.CAM, null, Money.ofThousands(174), on("2015-02")));
        harness.record(new ForecastTakenFromBusinessCase(LEDGER, "v2", "bc-custody", 2, Force.CAM, Y16, Money.ofThousands(112), on("2015-12")));

        assertThat(savings.timeline(harness.asOf("2019-01-01"), null, null).totals().get(0).forecasts())
                .extracting(f -> f.businessCase(), f -> f.version(), f -> f.pence(), f -> f.standing())
                .containsExactly(tuple("bc-custody", 1, 17_400_000L, false), tuple("bc-custody", 2, 11_200_000L, true));
    }

    @Test
    void onlyTheStandingVersionOfACaseCountsAsItsForecastAndAnEarlierDateSeesTheEarlierVersion() {
        // Firearms Licensing (BCB report, 19 Jul 2018, §6.2): £174k forecast for one site, then £112k for two; £113k removed
        String ledger = "savings-firearms-licensing";
        harness.record(new SavingsLedgerOpened(ledger, "firearms-licensing", null, on("2015-02")));
        harness.record(new ForecastTakenFromBusinessCase(ledger, "single-site", "bc-firearms", 1, Force.CAM, null, Money.ofThousands(174), on("2015-02")));
        harness.record(new ForecastTakenFromBusinessCase(ledger, "two-sites", "bc-firearms", 2, Force.CAM, null, Money.ofThousands(112), on("2015-12")));
        harness.record(new BudgetReductionRecorded(ledger, "r1516", Force.CAM, FiscalYear.parse("2015/16"), Money.ofThousands(27), true, "bc-firearms", on("2018-07-19")));
        harness.record(new BudgetReductionRecorded(ledger, "r1617", Force.CAM, Y16, Money.ofThousands(86), true, "bc-firearms", on("2018-07-19")));

        SavingsTimeline.Total now = savings.timeline(harness.asOf("2019-01-01"), null, "firearms-licensing").totals().get(0);
        assertThat(now.forecastPence()).isEqualTo(11_200_000L);
        assertThat(now.actualPence()).isEqualTo(11_300_000L);
        assertThat(now.variancePence()).isEqualTo(100_000L);
        assertThat(now.forecasts()).extracting(f -> f.version(), f -> f.pence(), f -> f.standing())
                .containsExactly(tuple(1, 17_400_000L, false), tuple(2, 11_200_000L, true));

        SavingsTimeline.Total beforeTheOptionChanged = savings.timeline(harness.asOf("2015-06-30"), null, "firearms-licensing").totals().get(0);
        assertThat(beforeTheOptionChanged.forecastPence()).isEqualTo(17_400_000L);
        assertThat(beforeTheOptionChanged.forecasts()).extracting(f -> f.version(), f -> f.standing()).containsExactly(tuple(1, true));
    }

    @Test
    void aCaseThatForecastsOnlyATotalGivesNoForecastForAnyYear() {
        harness.record(new ForecastTakenFromBusinessCase(LEDGER, "f", "bc-custody", 1, Force.CAM, null, Money.ofThousands(278), on("2015-10")));
        harness.record(reduction("r17", Y17, 92, "2018-07-19"));

        SavingsTimeline timeline = savings.timeline(harness.asOf("2019-01-01"), null, null);

        assertThat(timeline.rows()).extracting(Row::fiscalYear, Row::forecastPence, Row::actualPence,
                        Row::cumulativeForecastPence, Row::variancePence)
                .containsExactly(tuple(Y17, null, 9_200_000L, null, null));
        assertThat(timeline.totals()).singleElement().satisfies(total -> {
            assertThat(total.forecastPence()).isEqualTo(27_800_000L);
            assertThat(total.variancePence()).isEqualTo(-18_600_000L);
        });
    }

    @Test
    void theJuly2018TableIsBuiltFromTheRecurrentReductionsAndCostsOfOneForce() {
        recordTheTableLineItems();

        SavingsTimeline.SavingsTable table = savings.timeline(harness.asOf("2019-01-01"), null, null).savingsTable();

        assertThat(table.force()).as("Cambridgeshire unless asked otherwise").isEqualTo(Force.CAM);
        assertThat(table.fiscalYears()).containsExactly(Y15, Y16);
        assertThat(table.lines()).extracting(TableLine::label, TableLine::kind, TableLine::pence, TableLine::totalPence)
                .containsExactly(
                        tuple("custody", SavingsEntryKind.BUDGET_REDUCTION, Arrays.asList(1_000_000L, null), 1_000_000L),
                        tuple("ict", SavingsEntryKind.BUDGET_REDUCTION, List.of(500_000L, 2_000_000L), 2_500_000L),
                        tuple("Total recurrent in each year", SavingsEntryKind.RECURRENT_TOTAL, List.of(1_500_000L, 2_000_000L), 3_500_000L),
                        tuple("Total annual cumulative", SavingsEntryKind.ANNUAL_CUMULATIVE, List.of(1_500_000L, 3_500_000L), null),
                        tuple("Total savings from 2015/16", SavingsEntryKind.TOTAL_TO_DATE, List.of(1_500_000L, 5_000_000L), null),
                        tuple("BCH Change Team costs", SavingsEntryKind.CHANGE_TEAM_COST, List.of(300_000L, 400_000L), null),
                        tuple("Total Cumulative Change Team costs", SavingsEntryKind.CHANGE_TEAM_CUMULATIVE, List.of(300_000L, 700_000L), null));
        assertThat(savings.timeline(harness.asOf("2019-01-01"), Force.BED, null).savingsTable().lines())
                .extracting(TableLine::label).contains("custody").doesNotContain("ict");
        assertThat(savings.timeline(harness.asOf("2017-01-01"), null, null).savingsTable().lines())
                .as("before the report, nothing to tabulate").isEmpty();
    }

    @Test
    void aStatedTotalStandsBesideTheComputedOneWithTheDifference() {
        recordTheTableLineItems();
        harness.record(new SavingsLedgerOpened("savings-programme", "bch-programme", null, on("2017-12-14")));
        harness.record(new StatedFigureRecorded("savings-programme", "saving-1617", SavingsEntryKind.STATED_SAVING, Force.CAM, Y16,
                Money.ofThousands(18), true, on("2017-12-14")));
        harness.record(new StatedFigureRecorded("savings-programme", "recurrent-1617", SavingsEntryKind.RECURRENT_TOTAL, Force.CAM, Y16,
                Money.ofThousands(20), false, bcbTable()));
        harness.record(new StatedFigureRecorded(LEDGER, "custody-total", SavingsEntryKind.RECURRENT_TOTAL, Force.CAM, null,
                Money.ofThousands(10), false, bcbTable()));
        harness.record(new StatedFigureRecorded("savings-programme", "to-date-1718", SavingsEntryKind.TOTAL_TO_DATE, Force.CAM, Y17,
                Money.ofThousands(70), false, bcbTable()));

        assertThat(savings.timeline(harness.asOf("2019-01-01"), null, null).reconciliation())
                .extracting(Reconciliation::kind, Reconciliation::function, Reconciliation::fiscalYear, Reconciliation::source,
                        Reconciliation::statedPence, Reconciliation::computedPence, Reconciliation::differencePence)
                .containsExactly(
                        tuple(SavingsEntryKind.STATED_SAVING, "bch-programme", Y16, "CE Strategic Alliance Review, Apr 2019, §3.12",
                                1_800_000L, 2_000_000L, 200_000L),
                        tuple(SavingsEntryKind.RECURRENT_TOTAL, "bch-programme", Y16, "BCB report, 19 Jul 2018, §5.2 table",
                                2_000_000L, 2_000_000L, 0L),
                        tuple(SavingsEntryKind.RECURRENT_TOTAL, "custody", null, "BCB report, 19 Jul 2018, §5.2 table",
                                1_000_000L, 1_000_000L, 0L),
                        tuple(SavingsEntryKind.TOTAL_TO_DATE, "bch-programme", Y17, "BCB report, 19 Jul 2018, §5.2 table",
                                7_000_000L, null, null));
    }

    /** Two functions' recurrent reductions, one-off and other-force reductions the table leaves out, and change-team costs. */
    private void recordTheTableLineItems() {
        harness.record(new SavingsLedgerOpened("savings-ict", "ict", null, on("2015-10")));
        harness.record(new SavingsLedgerOpened("savings-change-team", "bch-change-team", null, on("2018-07-19")));
        harness.record(reduction("custody-1516", Y15, 10, "2018-07-19"));
        harness.record(new BudgetReductionRecorded("savings-ict", "ict-1516", Force.CAM, Y15, Money.ofThousands(5), true, null, on("2018-07-19")));
        harness.record(new BudgetReductionRecorded("savings-ict", "ict-1617", Force.CAM, Y16, Money.ofThousands(20), true, null, on("2018-07-19")));
        harness.record(new BudgetReductionRecorded("savings-ict", "ict-one-off", Force.CAM, Y16, Money.ofThousands(7), false, null, on("2018-07-19")));
        harness.record(new BudgetReductionRecorded(LEDGER, "bed-custody", Force.BED, Y16, Money.ofThousands(99), true, null, on("2018-07-19")));
        harness.record(new ChangeTeamCostRecorded("savings-change-team", "c1516", Force.CAM, Y15, Money.ofThousands(3), on("2018-07-19")));
        harness.record(new ChangeTeamCostRecorded("savings-change-team", "c1617", Force.CAM, Y16, Money.ofThousands(4), on("2018-07-19")));
    }

    private static DecisionContext bcbTable() {
        return new DecisionContext(PartialDate.parse("2018-07-19"), "Business Coordination Board (report)", List.of("Chief Executive"),
                null, new SourceRef("BCB report, 19 Jul 2018", PartialDate.parse("2018-07-19"), "§5.2 table"));
    }

    @Test
    void statedFiguresAreListedApartAndFiltersNarrowByForceAndFunction() {
        harness.record(new StatedFigureRecorded(LEDGER, "s1", SavingsEntryKind.COLLABORATION_SPEND, Force.CAM, Y16,
                Money.ofPounds(21_998_000), false, on("2017-12-14")));
        harness.record(new BudgetReductionRecorded(LEDGER, "b1", Force.BED, Y16, Money.ofThousands(5), true, null, on("2017-12-14")));

        assertThat(savings.timeline(harness.asOf("2019-01-01"), Force.CAM, null).statedFigures())
                .extracting(f -> f.kind(), f -> f.pence(), f -> f.projected())
                .containsExactly(tuple(SavingsEntryKind.COLLABORATION_SPEND, 2_199_800_000L, false));
        assertThat(savings.timeline(harness.asOf("2019-01-01"), Force.CAM, null).rows()).isEmpty();
        assertThat(savings.timeline(harness.asOf("2019-01-01"), null, "custody").rows()).hasSize(1);
        assertThat(savings.timeline(harness.asOf("2019-01-01"), null, "ict").rows()).isEmpty();
    }

    private long actual16(PointInTime at) {
        return savings.timeline(at, null, null).rows().stream().filter(row -> row.fiscalYear().equals(Y16))
                .mapToLong(Row::actualPence).sum();
    }
}
