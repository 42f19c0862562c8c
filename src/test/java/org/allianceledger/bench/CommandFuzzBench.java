package org.allianceledger.bench;

import java.util.concurrent.TimeUnit;

import org.allianceledger.web.CommandFuzzTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;

/**
 * The suite's command fuzzing, longer and with a new seed each run (printed, so a failure can be
 * repeated with {@code -Dfuzz.seed}):
 * {@code ./mvnw -B -Pbench test -Dbench.test=CommandFuzzBench [-Dfuzz.requests=20000] [-Dfuzz.seed=N]}.
 */
@Tag("bench")
@Timeout(value = 3, unit = TimeUnit.HOURS)
class CommandFuzzBench extends CommandFuzzTest {

    private final long seed = Long.getLong("fuzz.seed", System.nanoTime());

    @Override
    protected long seed() {
        return seed;
    }

    @Override
    protected int requests() {
        return Integer.getInteger("fuzz.requests", 20_000);
    }
}
