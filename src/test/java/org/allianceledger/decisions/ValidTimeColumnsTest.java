package org.allianceledger.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.allianceledger.alliance.DatePrecision;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.Subject;
import org.allianceledger.readmodel.Bitemporal;
import org.junit.jupiter.api.Test;

class ValidTimeColumnsTest {

    private final Random random = new Random(18);

    /** A row decided on one of a few hundred days, recorded at one of a few instants, at its own position. */
    private Filed filed(int number) {
        LocalDate validFrom = LocalDate.of(2011, 1, 1).plusDays(random.nextInt(300));
        Instant recorded = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(5), random.nextInt(3));
        DecisionRow outline = new DecisionRow(null, validFrom.toString(), DatePrecision.DAY, recorded, "recorder", null, List.of(),
                "kind", new Subject("function", "f"), null, "summary", null, null, null, null, Nature.DECISION, "f", null);
        return new Filed(UUID.randomUUID().toString(), number, new Bitemporal(validFrom, recorded, random.nextInt(3), 1_000 + number),
                validFrom, outline);
    }

    @Test
    void columnsHoldEveryRowFiledInValidTimeOrderWhateverBatchesTheyWereMergedIn() {
        ValidTimeColumns columns = new ValidTimeColumns();
        List<Filed> all = new ArrayList<>();
        // Batches of every size from one row up, each merged at a read: before, between and after the rows merged already.
        for (int batch = 1; batch <= 60; batch++) {
            for (int n = 0; n < batch * (batch % 7 == 0 ? 40 : 1); n++) {
                Filed row = filed(all.size());
                all.add(row);
                columns.add(row);
            }
            ValidTimeColumns.Columns merged = columns.columns();
            Filed[] expected = all.toArray(Filed[]::new);
            Arrays.sort(expected);
            assertThat(merged.covers()).isEqualTo(all.size());
            assertThat(merged.rows()).containsExactly(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat(merged.day()[i]).as("row %d's day", i).isEqualTo(expected[i].validFrom().toEpochDay());
                assertThat(merged.recorded()[i]).as("row %d's recording", i).isEqualTo(expected[i].recorded());
                assertThat(merged.position()[i]).as("row %d's position", i).isEqualTo(expected[i].position());
            }
        }
    }
}
