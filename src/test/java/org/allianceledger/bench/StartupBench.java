package org.allianceledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Start-up alone, on a store a {@link ScaleBench} run kept ({@code -Dbench.dataDir=DIR} on both), so
 * that a change to start-up is measured again without growing a million events again:
 * {@code ./mvnw -B -Pbench test -Dbench.test=StartupBench -Dbench.dataDir=DIR}.
 */
@Tag("bench")
@Timeout(value = 60, unit = TimeUnit.MINUTES)
class StartupBench {

    @Test
    void measure() throws Exception {
        Path dataDir = Path.of(System.getProperty("bench.dataDir", "target/bench/data"));
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalStateException(dataDir + " holds no store: run ScaleBench with -Dbench.dataDir=" + dataDir + " first");
        }
        StartupMeasure.measure(dataDir, Long.getLong("bench.events", -1));
    }
}
