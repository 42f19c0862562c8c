package org.allianceledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The features as Spring Modulith sees them: each package a module, depending only on what its package-info declares. */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(AllianceLedgerApplication.class);
    private static final Path GENERATED = Path.of("target", "modules");
    private static final Path DOCUMENTED = Path.of("docs", "modules.puml");

    @Test
    void theModulesDependOnEachOtherOnlyAsDeclaredAndNeverInACycle() {
        MODULES.verify();
    }

    @Test
    void theArchitectureDocumentShowsTheModulesAsTheyAre() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString())).writeModulesAsPlantUml();
        // The Documenter lists modules and relations in no fixed order: compare the lines, not their order.
        assertThat(Files.readAllLines(DOCUMENTED))
                .as("%s is the diagram of the modules as they are; copy %s over it", DOCUMENTED, GENERATED.resolve("components.puml"))
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(GENERATED.resolve("components.puml")));
    }
}
