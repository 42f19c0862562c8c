package org.allianceledger.savings;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.ForecastLine;
import org.allianceledger.alliance.Money;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseApproved;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseOptionChanged;
import org.allianceledger.businesscase.BusinessCaseRegisterAccess;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.ProjectionHarness;
import org.allianceledger.savings.SavingsLedgerEvent.BudgetReductionRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ChangeTeamCostRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ForecastTakenFromBusinessCase;
import org.allianceledger.savings.SavingsLedgerEvent.SavingsEntryCorrected;
import org.allianceledger.savings.SavingsLedgerEvent.SavingsLedgerOpened;
import org.allianceledger.savings.SavingsLedgerEvent.StatedFigureRecorded;
import org.allianceledger.savings.SavingsTimeline.Row;
import org.allianceledger.support.LedgerServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

@LedgerServiceTest
class SavingsProjectionTest {

    private static final FiscalYear Y16 = FiscalYear.parse("2016/17");
    private static final FiscalYear Y17 = FiscalYear.parse("2017/18");
    private static final String LEDGER = "savings-custody";

    @Autowired
    MongoClient client;

    SavingsProjection savings;
    ProjectionHarness harness;
    ProjectionHarness cases;

    @BeforeEach
    void freshProjection() {
        MongoDatabase database = ProjectionHarness.freshDatabase(client);
        var register = BusinessCaseRegisterAccess.create(database);
        savings = new SavingsProjection(database, register);
        harness = new ProjectionHarness(savings);
        cases = new ProjectionHarness(register);
        harness.record(new SavingsLedgerOpened(LEDGER, "custody", on("2015-10")));
    }

    private BudgetReductionRecorded reduction(String entryId, FiscalYear year, long thousands, String date) {
        return new BudgetReductionRecorded(LEDGER, entryId, Force.CAM, year, Money.ofThousands(thousands), true, null, on(date));
    }

    private ForecastTakenFromBusinessCase forecast(String entryId, FiscalYear year, long thousands) {
        return new ForecastTakenFromBusinessCase(LEDGER, entryId, "bc-custody", Force.CAM, year, Money.ofThousands(thousands), on("2015-10"));
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
        List<ForecastLine> lines = List.of(new ForecastLine(Force.CAM, null, Money.ofThousands(174)));
        cases.record(new BusinessCaseApproved("bc-custody", "custody", "Custody", "single site", lines, 1, on("2015-02")));
        harness.record(new ForecastTakenFromBusinessCase(LEDGER, "v1", "bc-custody", Force.CAM, null, Money.ofThousands(174), on("2015-02")));
        cases.record(new BusinessCaseOptionChanged("bc-custody", "single site", "two sites", lines, 2, on("2015-12")));
        harness.record(new ForecastTakenFromBusinessCase(LEDGER, "v2", "bc-custody", Force.CAM, Y16, Money.ofThousands(112), on("2015-12")));

        assertThat(savings.timeline(harness.asOf("2019-01-01"), null, null).totals().get(0).forecasts())
                .extracting(f -> f.businessCase(), f -> f.version(), f -> f.pence())
                .containsExactly(tuple("bc-custody", 1, 17_400_000L), tuple("bc-custody", 2, 11_200_000L));
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
