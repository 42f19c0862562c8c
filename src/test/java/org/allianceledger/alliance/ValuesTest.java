package org.allianceledger.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The shared vocabulary rejects what no source could mean. */
class ValuesTest {

    @Test
    void aFiscalYearRunsAprilToMarchAndIsWrittenWithTheNextYearsLastTwoDigits() {
        FiscalYear year = FiscalYear.parse("2016/17");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2017, 3, 31));
        assertThat(year).hasToString("2016/17");
        assertThat(FiscalYear.parse("1999/00").lastDay()).isEqualTo(LocalDate.of(2000, 3, 31));
        assertThat(FiscalYear.containing(LocalDate.of(2017, 3, 31))).isEqualTo(year);
    }

    @Test
    void aFiscalYearSpanningTwoYearsIsRejected() {
        assertThatThrownBy(() -> FiscalYear.parse("2016/18")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2016/18");
        assertThatThrownBy(() -> FiscalYear.parse("2016-17")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyIsWholePence() {
        assertThat(Money.ofThousands(174).pence()).isEqualTo(17_400_000L);
        assertThat(Money.ofThousands(6151).minus(Money.ofThousands(4993))).isEqualTo(Money.ofThousands(1158));
        assertThat(Money.ofPence(11_200_050)).hasToString("£112,000.50");
        assertThat(Money.ofThousands(112)).as("whole pounds, as a board paper prints them").hasToString("£112,000");
        assertThat(Money.ofThousands(-186)).hasToString("-£186,000");
    }

    @Test
    void aPartialDateKeepsTheSourcesPrecision() {
        assertThat(PartialDate.parse("2015-06")).isEqualTo(PartialDate.month(2015, 6));
        assertThat(PartialDate.parse("2015-06").latest()).isEqualTo(LocalDate.of(2015, 6, 30));
        assertThat(PartialDate.parse("2016").latest()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(PartialDate.parse("2015-12-01")).hasToString("2015-12-01");
        assertThat(Plain.date(PartialDate.parse("2016-09"))).isEqualTo("September 2016");
        assertThat(Plain.date(PartialDate.parse("2018-07-19"))).isEqualTo("19 July 2018");
        assertThatThrownBy(() -> PartialDate.parse("June 2015")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("2015-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("2015-02-30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("2015-00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("2015-6-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("2015/06")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PartialDate.parse(" 2016-02-29 ")).isEqualTo(PartialDate.day(LocalDate.of(2016, 2, 29)));
    }

    @Test
    void aCorporationSoleIsAForcesPccOrChiefConstable() {
        assertThat(CorporationSole.parse("bed-pcc")).isEqualTo(new CorporationSole(Force.BED, CorporationSole.Office.PCC));
        assertThat(CorporationSole.bchSix()).hasSize(6).doesNotHaveDuplicates();
        assertThatThrownBy(() -> CorporationSole.parse("BED-MAYOR")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CorporationSole.parse("BED-PCC").displayName()).isEqualTo("Bedfordshire PCC");
        assertThat(CorporationSole.parse("CAM-CC").displayName()).isEqualTo("Chief Constable of Cambridgeshire");
    }

    @Test
    void aDecisionNamesABodyAndDecidersOnlyWhereTheSourceDoes() {
        SourceRef source = new SourceRef("BCB report, 19 Jul 2018", PartialDate.parse("2018-07-19"), "§6.1",
                "The following business cases were approved in 2015");
        DecisionContext unnamed = new DecisionContext(PartialDate.year(2015), null, null, null, source);
        assertThat(unnamed.body()).isNull();
        assertThat(unnamed.decidedBy()).isEmpty();
        assertThat(unnamed.nature()).isEqualTo(Nature.DECISION);
        assertThat(unnamed.dateInferred()).isFalse();
    }

    @Test
    void aDecisionMayBeDatedWithinTodaysPeriodButNotAfterToday() {
        DecisionContext thisYear = Decisions.on("2019");
        thisYear.requireNotAfter(LocalDate.of(2019, 6, 30));
        assertThatThrownBy(() -> Decisions.on("2019-07").requireNotAfter(LocalDate.of(2019, 6, 30)))
                .isInstanceOf(RuleViolation.class);
    }
}
