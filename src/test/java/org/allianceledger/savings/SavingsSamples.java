package org.allianceledger.savings;

import static org.allianceledger.alliance.Decisions.on;

import java.util.List;
import java.util.Map;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Money;
import org.allianceledger.command.FeatureSamples;
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

public class SavingsSamples implements FeatureSamples {

    private static final FiscalYear FY = FiscalYear.parse("2016/17");

    @Override
    public Map<String, Object> commandsByEndpoint() {
        return Map.of(
                "/api/commands/open-savings-ledger", new OpenSavingsLedger("savings-custody", "custody", null, on("2018-07")),
                "/api/commands/record-budget-reduction", new RecordBudgetReduction("savings-custody", "r1", Force.CAM,
                        FiscalYear.parse("2017/18"), Money.ofThousands(92), true, null, on("2018-07")),
                "/api/commands/record-change-team-cost", new RecordChangeTeamCost("savings-custody", "c1", Force.CAM,
                        FY, Money.ofThousands(1649), on("2018-07")),
                "/api/commands/take-forecast-from-business-case", new TakeForecastFromBusinessCase("savings-custody",
                        "f1", "bc-custody", Force.CAM, null, Money.ofThousands(278), on("2015-10")),
                "/api/commands/record-stated-figure", new RecordStatedFigure("savings-custody", "s1",
                        SavingsEntryKind.STATED_SAVING, Force.CAM, FY, Money.ofThousands(920), false, on("2017-12-14")),
                "/api/commands/correct-savings-entry", new CorrectSavingsEntry("savings-custody", "r1-fix", "r1",
                        Force.CAM, FY, Money.ofThousands(92), "year", on("2018-08")));
    }

    @Override
    public List<Object> events() {
        return List.of(
                new SavingsLedgerOpened("savings-custody", "custody", null, on("2018-07")),
                new BudgetReductionRecorded("savings-custody", "r1", Force.CAM, FY, Money.ofThousands(92), true, "bc-custody", on("2018-07")),
                new ChangeTeamCostRecorded("savings-custody", "c1", Force.CAM, FY, Money.ofThousands(1649), on("2018-07")),
                new ForecastTakenFromBusinessCase("savings-custody", "f1", "bc-custody", 1, Force.CAM, null, Money.ofThousands(278), on("2015-10")),
                new StatedFigureRecorded("savings-custody", "s1", SavingsEntryKind.COLLABORATION_SPEND, Force.CAM, FY,
                        Money.ofPounds(21_998_000), false, on("2017-12-14")),
                new SavingsEntryCorrected("savings-custody", "r1-fix", "r1", SavingsEntryKind.BUDGET_REDUCTION, Force.CAM,
                        FY, Money.ofPence(9_200_001), "pence", on("2018-08")));
    }
}
