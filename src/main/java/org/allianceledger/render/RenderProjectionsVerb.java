package org.allianceledger.render;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.allianceledger.cli.Verb;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code render-projections DIR}: records the shipped history into a fresh, temporary embedded
 * store and writes its read models to DIR as Markdown and CSV. Whatever store the service is
 * configured with is left alone.
 */
public final class RenderProjectionsVerb implements Verb {

    @Override
    public String name() {
        return "render-projections";
    }

    @Override
    public String argument() {
        return "DIR";
    }

    @Override
    public List<String> properties(String dir) throws IOException {
        Path store = Files.createTempDirectory("ledger-render");
        store.toFile().deleteOnExit();
        return List.of("--ledger.mongodb.uri=", "--ledger.embedded.data-dir=" + store,
                "--ledger.history.load-on-first-start=true", "--ledger.embedded.port=0");
    }

    @Override
    public int run(ConfigurableApplicationContext context, String dir, PrintStream out) throws IOException {
        Path target = Files.createDirectories(Path.of(dir));
        Map<String, String> files = context.getBean(ProjectionsRender.class).render();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(target.resolve(file.getKey()), file.getValue());
        }
        out.println("Wrote " + files.size() + " files to " + target + ".");
        return 0;
    }
}
