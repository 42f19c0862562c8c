package org.allianceledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class UnbrokenRunTest {

    @Test
    void batchesWrittenInAnyOrderMoveTheRunExactlyAsFarAsEveryPositionBeforeIsWritten() {
        Random random = new Random(18);
        for (int trial = 0; trial < 200; trial++) {
            List<long[]> batches = new ArrayList<>();
            for (long first = 0; first < 500; ) {
                long last = Math.min(499, first + random.nextInt(20));
                batches.add(new long[] {first, last});
                first = last + 1;
            }
            Collections.shuffle(batches, random);
            UnbrokenRun run = new UnbrokenRun();
            BitSet written = new BitSet();
            for (long[] batch : batches) {
                run.written(batch[0], batch[1]);
                written.set((int) batch[0], (int) batch[1] + 1);
                assertThat(run.last()).as("trial %d", trial).isEqualTo(written.nextClearBit(0) - 1L);
            }
            assertThat(run.last()).isEqualTo(499);
        }
    }

    @Test
    void aReadThatFindsTheRunTakesInTheBatchesWrittenPastIt() {
        UnbrokenRun run = new UnbrokenRun();
        run.reaches(2);
        run.written(6, 9); // positions 3-5 still being written, by this process or another
        run.written(11, 12);
        assertThat(run.last()).isEqualTo(2);

        run.reaches(5); // a read found another process's documents at 3-5
        assertThat(run.last()).as("through the batch written at 6-9, not past the position 10 still missing").isEqualTo(9);
        run.reaches(10);
        assertThat(run.last()).isEqualTo(12);
        run.reaches(4);
        assertThat(run.last()).as("a read that began before never moves the run back").isEqualTo(12);
    }

    @Test
    void aStoreEmptiedUnderTheProcessStartsTheRunAgainWithNothingKeptAside() {
        UnbrokenRun run = new UnbrokenRun();
        run.reaches(40);
        run.written(50, 60);
        run.restart(-1);
        assertThat(run.last()).isEqualTo(-1);
        run.written(0, 41);
        assertThat(run.last()).as("the batch kept aside before the store was emptied is gone").isEqualTo(41);
    }

    @Test
    void batchesKeptAsideAreBoundedAndTheRunStaysRightWhenSomeAreDropped() {
        UnbrokenRun run = new UnbrokenRun();
        run.reaches(0);
        for (long first = 2; first < 2 + 2L * UnbrokenRun.KEPT_ASIDE + 10; first++) {
            run.written(first, first); // position 1 never comes from this process
        }
        long end = 2 + 2L * UnbrokenRun.KEPT_ASIDE + 9;
        run.reaches(1);
        assertThat(run.last()).as("the batches from position 2 on were dropped at the bound, not joined over the hole").isEqualTo(1);
        run.reaches(end); // a read finds them
        assertThat(run.last()).isEqualTo(end);
    }
}
