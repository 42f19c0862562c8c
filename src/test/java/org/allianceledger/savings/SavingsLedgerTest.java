package org.allianceledger.savings;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.LedgerFixtures;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.businesscase.ApprovedBusinessCases;
import org.allianceledger.businesscase.ApprovedBusinessCases.ApprovedCase;
import org.allianceledger.savings.SavingsLedgerCommand.CorrectSavingsEntry;
import org.allianceledger.savings.SavingsLedgerCommand.OpenSavingsLedger;
import org.allianceledger.savings.SavingsLedgerCommand.RecordBudgetReduction;
import org.allianceledger.savings.SavingsLedgerCommand.RecordChangeTeamCost;
import org.allianceledger.savings.SavingsLedgerCommand.RecordStatedFigure;
import org.allianceledger.savings.SavingsLedgerCommand.TakeForecastFromBusinessCase;
import org.allianceledger.savings.SavingsLedgerEvent.BudgetReductionRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ChangeTeamCostRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ForecastTakenFromBusinessCase;
import org.allianceledger.savings.SavingsLedgerEvent.SavingsEntryCorrected;
import org.allianceledger.savings.SavingsLedgerEvent.SavingsLedgerOpened;
import org.allianceledger.savings.SavingsLedgerEvent.StatedFigureRecorded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SavingsLedgerTest {

    private static final FiscalYear FY1516 = FiscalYear.parse("2015/16");
    private static final FiscalYear FY1617 = FiscalYear.parse("2016/17");
    private static final Map<String, ApprovedCase> APPROVED = Map.of(
            "bc-ict", new ApprovedCase("bc-ict", "ict", true, 3),
            "bc-custody", new ApprovedCase("bc-custody", "custody", true, 1),
            "bc-ict-old", new ApprovedCase("bc-ict-old", "ict", false, 1));

    private FixtureConfiguration<SavingsLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = LedgerFixtures.fixtureFor(SavingsLedger.class);
        fixture.registerInjectableResource((ApprovedBusinessCases) caseId -> Optional.ofNullable(APPROVED.get(caseId)));
    }

    private static final SavingsLedgerOpened OPENED = new SavingsLedgerOpened("savings-ict", "ict", null, on("2018-07"));
    private static final BudgetReductionRecorded ICT_1516 = new BudgetReductionRecorded("savings-ict", "cam-ict-1516",
            Force.CAM, FY1516, Money.ofThousands(541), true, "bc-ict", on("2018-07"));

    @Test
    void openingALedgerNamesItsFunction() {
        fixture.givenNoPriorActivity()
                .when(new OpenSavingsLedger("savings-ict", "ict", null, on("2018-07")))
                .expectEvents(OPENED);
    }

    @Test
    void aBudgetReductionRealisingAnApprovedCaseIsRecorded() {
        fixture.given(OPENED)
                .when(new RecordBudgetReduction("savings-ict", "cam-ict-1516", Force.CAM, FY1516, Money.ofThousands(541),
                        true, "bc-ict", on("2018-07")))
                .expectEvents(ICT_1516);
    }

    @Test
    void aBudgetReductionWithoutABusinessCaseIsRecorded() {
        // ERSOU/JPS etc: collaborated before 2014/15, no trackable business case (BCB report §5.1)
        fixture.given(OPENED)
                .when(new RecordBudgetReduction("savings-ict", "cam-jps-1415", Force.CAM, FiscalYear.parse("2014/15"),
                        Money.ofThousands(2600), true, null, on("2018-07")))
                .expectEvents(new BudgetReductionRecorded("savings-ict", "cam-jps-1415", Force.CAM,
                        FiscalYear.parse("2014/15"), Money.ofThousands(2600), true, null, on("2018-07")));
    }

    @Test
    void savingsCannotBeRecordedAgainstACaseNeverApproved() {
        fixture.given(OPENED)
                .when(new RecordBudgetReduction("savings-ict", "e1", Force.CAM, FY1516, Money.ofThousands(1), true,
                        "bc-never", on("2018")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void savingsCannotBeRecordedAgainstAnotherFunctionsCase() {
        fixture.given(OPENED)
                .when(new RecordBudgetReduction("savings-ict", "e1", Force.CAM, FY1516, Money.ofThousands(1), true,
                        "bc-custody", on("2018")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anEntryIdIsUsedOnce() {
        fixture.given(OPENED, ICT_1516)
                .when(new RecordChangeTeamCost("savings-ict", "cam-ict-1516", Force.CAM, FY1516, Money.ofThousands(1), on("2018")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aChangeTeamCostIsRecordedAsAPositiveAmount() {
        fixture.given(OPENED)
                .when(new RecordChangeTeamCost("savings-ict", "cam-ct-1415", Force.CAM, FiscalYear.parse("2014/15"),
                        Money.ofThousands(795), on("2018-07")))
                .expectEvents(new ChangeTeamCostRecorded("savings-ict", "cam-ct-1415", Force.CAM,
                        FiscalYear.parse("2014/15"), Money.ofThousands(795), on("2018-07")));
    }

    @Test
    void amountsCannotBeNegative() {
        assertThatThrownBy(() -> new RecordChangeTeamCost("savings-ict", "e1", Force.CAM, FY1516, Money.ofThousands(-795), on("2018")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reductionsAndCostsNeedAFiscalYear() {
        assertThatThrownBy(() -> new RecordBudgetReduction("savings-ict", "e1", Force.CAM, null, Money.ofThousands(1), true, null, on("2018")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("fiscalYear");
    }

    @Test
    void aStatedSpendOnCollaborationIsRecordedAsProjectedForAYearNotYetClosed() {
        fixture.given(OPENED)
                .when(new RecordStatedFigure("savings-ict", "cam-spend-2021", SavingsEntryKind.COLLABORATION_SPEND,
                        Force.CAM, FiscalYear.parse("2020/21"), Money.ofPounds(40_181_000), true, on("2017-12-14")))
                .expectEvents(new StatedFigureRecorded("savings-ict", "cam-spend-2021", SavingsEntryKind.COLLABORATION_SPEND,
                        Force.CAM, FiscalYear.parse("2020/21"), Money.ofPounds(40_181_000), true, on("2017-12-14")));
    }

    @Test
    void aStatedFigureIsASavingOrASpendNotAnActualReduction() {
        assertThatThrownBy(() -> new RecordStatedFigure("savings-ict", "x1", SavingsEntryKind.BUDGET_REDUCTION, Force.CAM,
                FY1516, Money.ofThousands(1), false, on("2017")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFunctionsPrintedRecurrentTotalNeedsNoYearWhileEveryOtherStatedFigureDoes() {
        // BCB report, 19 Jul 2018, §5.2: each function's "Total £'000" over the table's years
        fixture.given(OPENED)
                .when(new RecordStatedFigure("savings-ict", "bcb-2018-total", SavingsEntryKind.RECURRENT_TOTAL, Force.CAM,
                        null, Money.ofThousands(1501), false, on("2018-07-19")))
                .expectEvents(new StatedFigureRecorded("savings-ict", "bcb-2018-total", SavingsEntryKind.RECURRENT_TOTAL,
                        Force.CAM, null, Money.ofThousands(1501), false, on("2018-07-19")));
        for (SavingsEntryKind kind : List.of(SavingsEntryKind.STATED_SAVING, SavingsEntryKind.COLLABORATION_SPEND,
                SavingsEntryKind.ANNUAL_CUMULATIVE, SavingsEntryKind.TOTAL_TO_DATE, SavingsEntryKind.CHANGE_TEAM_CUMULATIVE)) {
            assertThatThrownBy(() -> new RecordStatedFigure("savings-ict", "x1", kind, Force.CAM, null, Money.ofThousands(1),
                    false, on("2018-07-19")))
                    .as(kind.toString()).isInstanceOf(InvalidInput.class).hasMessageContaining("fiscalYear");
        }
    }

    @Test
    void anExpectedSavingMayBeForTheThreeForcesTogetherOverAPeriodWhileOtherStatedFiguresNameAForce() {
        // BCH press release, Dec 2015, ¶3: "expected to save the three forces a total of £4.5m over the next three financial years"
        fixture.given(OPENED)
                .when(new RecordStatedFigure("savings-ict", "three-years", SavingsEntryKind.EXPECTED_SAVING, null, null,
                        Money.ofThousands(4500), true, on("2015-12")))
                .expectEvents(new StatedFigureRecorded("savings-ict", "three-years", SavingsEntryKind.EXPECTED_SAVING, null, null,
                        Money.ofThousands(4500), true, on("2015-12")));
        assertThatThrownBy(() -> new RecordStatedFigure("savings-ict", "x1", SavingsEntryKind.STATED_SAVING, null,
                FY1516, Money.ofThousands(1), true, on("2015-12")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("force");
    }

    @Test
    void aPrintedCumulativeChangeTeamCostIsRecordedForItsYearAsAPositiveCost() {
        fixture.given(OPENED)
                .when(new RecordStatedFigure("savings-ict", "bcb-2018-cumulative-2015-16", SavingsEntryKind.CHANGE_TEAM_CUMULATIVE,
                        Force.CAM, FY1516, Money.ofThousands(2690), false, on("2018-07-19")))
                .expectEvents(new StatedFigureRecorded("savings-ict", "bcb-2018-cumulative-2015-16",
                        SavingsEntryKind.CHANGE_TEAM_CUMULATIVE, Force.CAM, FY1516, Money.ofThousands(2690), false, on("2018-07-19")));
    }

    @Test
    void aStatedFigureEntryIdIsUsedOnce() {
        fixture.given(OPENED, ICT_1516)
                .when(new RecordStatedFigure("savings-ict", "cam-ict-1516", SavingsEntryKind.STATED_SAVING, Force.CAM,
                        FY1516, Money.ofThousands(1), false, on("2017")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aForecastIsTakenFromAStandingCase() {
        fixture.given(OPENED)
                .when(new TakeForecastFromBusinessCase("savings-ict", "cam-ict-forecast", "bc-ict", Force.CAM, null,
                        Money.ofThousands(2202), on("2015-10")))
                .expectEvents(new ForecastTakenFromBusinessCase("savings-ict", "cam-ict-forecast", "bc-ict", 3, Force.CAM,
                        null, Money.ofThousands(2202), on("2015-10")));
    }

    @Test
    void aForecastCannotComeFromACaseNeverApproved() {
        fixture.given(OPENED)
                .when(new TakeForecastFromBusinessCase("savings-ict", "f1", "bc-never", Force.CAM, null, Money.ofThousands(1), on("2015")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aForecastCannotComeFromASupersededCase() {
        fixture.given(OPENED)
                .when(new TakeForecastFromBusinessCase("savings-ict", "f1", "bc-ict-old", Force.CAM, null, Money.ofThousands(1), on("2015")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionReferencesTheEntryItCorrects() {
        fixture.given(OPENED, ICT_1516)
                .when(new CorrectSavingsEntry("savings-ict", "cam-ict-1516-fix", "cam-ict-1516", Force.CAM, FY1617,
                        Money.ofThousands(541), "taken from the 2016/17 budget", on("2018-08")))
                .expectEvents(new SavingsEntryCorrected("savings-ict", "cam-ict-1516-fix", "cam-ict-1516",
                        SavingsEntryKind.BUDGET_REDUCTION, Force.CAM, FY1617, Money.ofThousands(541),
                        "taken from the 2016/17 budget", on("2018-08")));
    }

    @Test
    void onlyAnExistingEntryCanBeCorrected() {
        fixture.given(OPENED)
                .when(new CorrectSavingsEntry("savings-ict", "fix", "nothing-here", Force.CAM, FY1516, Money.ofThousands(1), "typo", on("2018")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionMustChangeSomething() {
        fixture.given(OPENED, ICT_1516)
                .when(new CorrectSavingsEntry("savings-ict", "fix", "cam-ict-1516", Force.CAM, FY1516, Money.ofThousands(541), "same", on("2018")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectedEntryIsCorrectedThroughItsLatestCorrection() {
        SavingsEntryCorrected first = new SavingsEntryCorrected("savings-ict", "fix-1", "cam-ict-1516",
                SavingsEntryKind.BUDGET_REDUCTION, Force.CAM, FY1516, Money.ofThousands(540), "rounding", on("2018-08"));
        fixture.given(OPENED, ICT_1516, first)
                .when(new CorrectSavingsEntry("savings-ict", "fix-2", "cam-ict-1516", Force.CAM, FY1516, Money.ofThousands(539), "again", on("2018-09")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(OPENED, ICT_1516, first)
                .when(new CorrectSavingsEntry("savings-ict", "fix-2", "fix-1", Force.CAM, FY1516, Money.ofThousands(541), "back", on("2018-09")))
                .expectEvents(new SavingsEntryCorrected("savings-ict", "fix-2", "fix-1", SavingsEntryKind.BUDGET_REDUCTION,
                        Force.CAM, FY1516, Money.ofThousands(541), "back", on("2018-09")));
    }

    @Test
    void aCorrectedReductionKeepsAFiscalYear() {
        fixture.given(OPENED, ICT_1516)
                .when(new CorrectSavingsEntry("savings-ict", "fix", "cam-ict-1516", Force.CAM, null, Money.ofThousands(541), "total", on("2018")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
