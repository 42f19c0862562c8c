package org.allianceledger.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Money;
import org.allianceledger.review.ReviewEvent.ReviewReported;
import org.allianceledger.review.ReviewFigure;
import org.allianceledger.savings.SavingsEntryKind;
import org.allianceledger.savings.SavingsLedgerEvent.BudgetReductionRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ChangeTeamCostRecorded;
import org.allianceledger.savings.SavingsLedgerEvent.ForecastTakenFromBusinessCase;
import org.allianceledger.savings.SavingsLedgerEvent.StatedFigureRecorded;
import org.allianceledger.support.LedgerServiceTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Replays the shipped history from the store and reproduces, to the pound, the figures the
 * documents print: totals and cumulative figures are computed from the recorded entries, never
 * stored.
 */
@LedgerServiceTest
class HistoryFiguresTest {

    private static final List<FiscalYear> TABLE_YEARS = List.of("2014/15", "2015/16", "2016/17", "2017/18", "2018/19")
            .stream().map(FiscalYear::parse).toList();
    private static final Map<String, String> TABLE_ROWS = new LinkedHashMap<>();

    static {
        TABLE_ROWS.put("Firearms licensing", "savings-firearms-licensing");
        TABLE_ROWS.put("Information management", "savings-information-management");
        TABLE_ROWS.put("ICT", "savings-ict");
        TABLE_ROWS.put("CJ phase 1", "savings-criminal-justice");
        TABLE_ROWS.put("Custody", "savings-custody");
        TABLE_ROWS.put("ERSOU/JPS etc", "savings-ersou-jps-etc");
    }

    @Autowired
    EventStore eventStore;

    private <T> List<T> events(String aggregateId, Class<T> type) {
        List<T> found = new ArrayList<>();
        eventStore.readEvents(aggregateId).asStream()
                .map(message -> message.getPayload())
                .filter(type::isInstance)
                .forEach(payload -> found.add(type.cast(payload)));
        return found;
    }

    private Map<FiscalYear, Long> camReductionsInThousands(String ledgerId) {
        Map<FiscalYear, Long> byYear = new TreeMap<>();
        events(ledgerId, BudgetReductionRecorded.class).stream()
                .filter(reduction -> reduction.force() == Force.CAM && reduction.recurrent())
                .forEach(reduction -> byYear.merge(reduction.fiscalYear(), thousands(reduction.amount()), Long::sum));
        return byYear;
    }

    private static long thousands(Money money) {
        assertThat(money.pence() % 100_000).as(money + " is a whole number of thousands").isZero();
        return money.pence() / 100_000;
    }

    private long[] yearlyTotals() {
        long[] totals = new long[TABLE_YEARS.size()];
        TABLE_ROWS.values().forEach(ledger -> camReductionsInThousands(ledger).forEach((year, amount) ->
                totals[TABLE_YEARS.indexOf(year)] += amount));
        return totals;
    }

    @Test
    void cambridgeshireBudgetReductionsByFunctionMatchTheJuly2018Table() {
        Map<String, Map<FiscalYear, Long>> table = new LinkedHashMap<>();
        TABLE_ROWS.forEach((row, ledger) -> table.put(row, camReductionsInThousands(ledger)));

        assertThat(table.get("Firearms licensing")).containsExactlyEntriesOf(years(0, 27, 86, 0, 0));
        assertThat(table.get("Information management")).containsExactlyEntriesOf(years(0, 0, 0, 71, 0));
        assertThat(table.get("ICT")).containsExactlyEntriesOf(years(0, 541, 508, 29, 423));
        assertThat(table.get("CJ phase 1")).containsExactlyEntriesOf(years(0, 0, 21, 0, 0));
        assertThat(table.get("Custody")).containsExactlyEntriesOf(years(0, 0, 0, 92, 0));
        assertThat(table.get("ERSOU/JPS etc")).containsExactlyEntriesOf(years(2600, 358, 305, 355, 735));
        assertThat(table.values().stream().mapToLong(row -> row.values().stream().mapToLong(Long::longValue).sum()).toArray())
                .containsExactly(113, 71, 1501, 21, 92, 4353);
    }

    @Test
    void theYearlyRecurrentTotalsAccumulateToTheAnnualAndCumulativeSavingsPrinted() {
        long[] recurrent = yearlyTotals();
        long[] annualCumulative = new long[recurrent.length];
        long[] totalSince201415 = new long[recurrent.length];
        for (int i = 0; i < recurrent.length; i++) {
            annualCumulative[i] = recurrent[i] + (i == 0 ? 0 : annualCumulative[i - 1]);
            totalSince201415[i] = annualCumulative[i] + (i == 0 ? 0 : totalSince201415[i - 1]);
        }

        assertThat(recurrent).containsExactly(2600, 926, 920, 547, 1158);
        assertThat(annualCumulative).containsExactly(2600, 3526, 4446, 4993, 6151);
        assertThat(totalSince201415).containsExactly(2600, 6126, 10572, 15565, 21716);
    }

    @Test
    void changeTeamCostsAccumulateTo6348kAndAreKeptApartFromSavings() {
        List<ChangeTeamCostRecorded> costs = events("savings-bch-change-team", ChangeTeamCostRecorded.class);
        long[] cumulative = new long[costs.size()];
        for (int i = 0; i < costs.size(); i++) {
            cumulative[i] = thousands(costs.get(i).amount()) + (i == 0 ? 0 : cumulative[i - 1]);
        }

        assertThat(costs).extracting(cost -> thousands(cost.amount())).containsExactly(795L, 1895L, 1649L, 1448L, 561L);
        assertThat(cumulative).containsExactly(795, 2690, 4339, 5787, 6348);
        assertThat(events("savings-bch-change-team", BudgetReductionRecorded.class)).as("no savings netted in").isEmpty();
        assertThat(yearlyTotals()).as("savings totals are not reduced by costs").containsExactly(2600, 926, 920, 547, 1158);
    }

    @Test
    void eachBusinessCaseForecastForCambridgeshireStandsBesideWhatWasRemovedFromBudget() {
        assertThat(forecastsInThousands("savings-firearms-licensing")).containsExactly(174L, 112L);
        assertThat(actualInThousands("savings-firearms-licensing")).isEqualTo(113);
        assertThat(forecastsInThousands("savings-information-management")).containsExactly(320L);
        assertThat(actualInThousands("savings-information-management")).isEqualTo(71);
        assertThat(forecastsInThousands("savings-ict")).containsExactly(2202L);
        assertThat(actualInThousands("savings-ict")).isEqualTo(1501);
        assertThat(forecastsInThousands("savings-custody")).containsExactly(278L);
        assertThat(actualInThousands("savings-custody")).isEqualTo(92);
        assertThat(forecastsInThousands("savings-criminal-justice")).containsExactly(14L);
        assertThat(actualInThousands("savings-criminal-justice")).isEqualTo(21);
        assertThat(forecastsInThousands("savings-human-resources")).containsExactly(990L);
        assertThat(actualInThousands("savings-human-resources")).isZero();
    }

    @Test
    void theDecember2017TableOfSpendOnAndSavingsFromCollaboration() {
        List<StatedFigureRecorded> figures = events("savings-bch-programme", StatedFigureRecorded.class).stream()
                .filter(figure -> figure.decision().source().document().equals("Collaboration Update, 14 Dec 2017")).toList();

        assertThat(poundsByYear(figures, figure -> figure.kind() == SavingsEntryKind.COLLABORATION_SPEND))
                .containsExactly(21_998_000L, 37_280_000L, 38_284_000L, 38_903_000L, 40_181_000L);
        assertThat(poundsByYear(figures, figure -> figure.kind() == SavingsEntryKind.STATED_SAVING))
                .containsExactly(920_000L, 630_000L, 1_090_000L, 256_000L, 21_000L);
        // the update calls the spend "current and projected" and every savings figure "expected"
        assertThat(figures).filteredOn(figure -> !figure.projected())
                .extracting(figure -> figure.kind() + " " + figure.fiscalYear())
                .containsExactly("COLLABORATION_SPEND 2016/17", "COLLABORATION_SPEND 2017/18");
    }

    @Test
    void theEarly2018InternalReviewsUnitSavingsAndTheHrCostIncrease() {
        List<ReviewFigure> figures = events("cpo-internal-review-2018", ReviewReported.class).get(0).figures();

        assertThat(figures).extracting(ReviewFigure::subject, ReviewFigure::measure, figure -> figure.amount().pounds().longValue())
                .containsExactly(
                        tuple("ICT", ReviewFigure.Measure.SAVING, 2_400_000L),
                        tuple("Civil Contingency Unit", ReviewFigure.Measure.SAVING, 1_000_000L),
                        tuple("Major Crime", ReviewFigure.Measure.SAVING, 2_500_000L),
                        tuple("HR", ReviewFigure.Measure.COST_INCREASE, 1_500_000L));
        assertThat(figures).allSatisfy(figure -> assertThat(figure.from() + "-" + figure.to()).isEqualTo("2012/13-2018/19"));
    }

    private List<Long> forecastsInThousands(String ledgerId) {
        return events(ledgerId, ForecastTakenFromBusinessCase.class).stream()
                .filter(forecast -> forecast.force() == Force.CAM)
                .map(forecast -> thousands(forecast.amount()))
                .toList();
    }

    private long actualInThousands(String ledgerId) {
        return camReductionsInThousands(ledgerId).values().stream().mapToLong(Long::longValue).sum();
    }

    private static List<Long> poundsByYear(List<StatedFigureRecorded> figures, Predicate<StatedFigureRecorded> which) {
        return figures.stream().filter(which)
                .sorted((a, b) -> a.fiscalYear().compareTo(b.fiscalYear()))
                .map(figure -> figure.amount().pounds().longValue())
                .toList();
    }

    private static Map<FiscalYear, Long> years(long... thousandsPerYear) {
        Map<FiscalYear, Long> byYear = new TreeMap<>();
        for (int i = 0; i < thousandsPerYear.length; i++) {
            if (thousandsPerYear[i] != 0) {
                byYear.put(TABLE_YEARS.get(i), thousandsPerYear[i]);
            }
        }
        return byYear;
    }
}
