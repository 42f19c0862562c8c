package org.allianceledger.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.allianceledger.support.LedgerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed projections/ files are what the documented command renders from the shipped
 * history now. When this fails, render them again with that command and review the difference.
 */
class ProjectionsDriftTest {

    private static final Path COMMITTED = Path.of("projections");

    @TempDir
    Path fresh;

    @Test
    void theCommittedProjectionsMatchAFreshRender() throws Exception {
        try (LedgerProcess render = LedgerProcess.run("render-projections", fresh.toString())) {
            assertThat(render.awaitExit(Duration.ofSeconds(120))).as(render.output()).isZero();
        }

        Map<String, String> rendered = files(fresh);
        Map<String, String> committed = files(COMMITTED);
        committed.remove("README.md");

        assertThat(rendered).isNotEmpty();
        assertThat(committed.keySet()).as("rendered files, against projections/").isEqualTo(rendered.keySet());
        rendered.forEach((name, content) -> assertThat(committed.get(name))
                .as("projections/%s differs from a fresh render: run %s", name, ProjectionsRender.COMMAND)
                .isEqualTo(content));
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path file : listing.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }
}
