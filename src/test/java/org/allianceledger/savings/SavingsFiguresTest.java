package org.allianceledger.savings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Predicate;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Money;
import org.junit.jupiter.api.Test;

/**
 * The command path keeps amounts far below overflow; should stored figures ever add up past a
 * long anyway, the sums fail loudly instead of wrapping to a negative saving.
 */
class SavingsFiguresTest {

    private static SavingsEntry reduction(String entryId, long pence) {
        return new SavingsEntry("savings-custody", entryId, SavingsEntryKind.BUDGET_REDUCTION, Force.CAM,
                FiscalYear.parse("2017/18"), Money.ofPence(pence), true, null, null, null, null, null, null);
    }

    private final List<SavingsEntry> entries = List.of(reduction("r1", Long.MAX_VALUE), reduction("r2", 1));
    private final Predicate<SavingsEntry> none = entry -> false;

    @Test
    void totalsDoNotWrapAround() {
        assertThatThrownBy(() -> SavingsFigures.totals(entries, entry -> "custody", none)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> SavingsFigures.rows(entries, entry -> "custody", none)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> SavingsTabulation.table(entries, Force.CAM, entry -> "custody")).isInstanceOf(ArithmeticException.class);
    }
}
