package org.allianceledger.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DueByTest {

    @Test
    void theFourthQuarterOf2019To20EndsOn31March2020() {
        DueBy dueBy = DueBy.parse("2019/20 Q4");
        assertThat(dueBy.lastDay()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(dueBy.isOverdueOn(LocalDate.of(2020, 3, 31))).isFalse();
        assertThat(dueBy.isOverdueOn(LocalDate.of(2020, 4, 1))).isTrue();
    }

    @Test
    void theFirstQuarterEndsInJune() {
        assertThat(DueBy.parse("2019/20 Q1").lastDay()).isEqualTo(LocalDate.of(2019, 6, 30));
    }

    @Test
    void aFiscalYearOrADateOfAnyPrecisionIsDueByItsLastDay() {
        assertThat(DueBy.parse("2019/20").lastDay()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(DueBy.parse("2020-02").lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(DueBy.parse("2020").lastDay()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(DueBy.parse("2020-01-15").lastDay()).isEqualTo(LocalDate.of(2020, 1, 15));
    }

    @Test
    void aQuarterOfANonExistentFiscalYearOrAFifthQuarterIsRejected() {
        assertThatThrownBy(() -> DueBy.parse("2019/21 Q4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueBy.parse("2019/20 Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueBy.parse("soon")).isInstanceOf(IllegalArgumentException.class);
    }
}
