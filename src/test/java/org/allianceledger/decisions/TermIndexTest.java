package org.allianceledger.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The index gives back every row number filed under a term, however far apart (one to four bytes a gap here). */
class TermIndexTest {

    @Test
    void rowNumbersComeBackAsFiledWhateverTheirGaps() {
        Random random = new Random(18);
        TermIndex index = new TermIndex();
        List<Integer> custody = new ArrayList<>();
        List<Integer> every = new ArrayList<>();
        int number = 0;
        for (int n = 0; n < 2_000; n++) {
            number += 1 + switch (n % 4) {
                case 0 -> random.nextInt(100);
                case 1 -> random.nextInt(20_000);
                case 2 -> random.nextInt(3_000_000);
                default -> 0;
            };
            boolean inCustody = random.nextBoolean();
            index.add(number, inCustody ? List.of("Custody suite", "custody again in the same row") : List.of("Board"),
                    List.of(inCustody ? "Custody board" : "Joint board"));
            every.add(number);
            if (inCustody) {
                custody.add(number);
            }
        }
        assertThat(index.candidates("CUSTODY", Integer::valueOf)).contains(custody);
        assertThat(index.candidates("o", Integer::valueOf)).contains(every);
        assertThat(index.candidates("nothing", Integer::valueOf)).contains(List.of());
        assertThat(index.candidates(" — ", Integer::valueOf)).isEmpty();
    }
}
