package org.allianceledger.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.allianceledger.cli.Verb;
import org.allianceledger.cli.VerbFailure;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code load-history FILE}: records another alliance's history file into the store. Entries
 * recorded by an earlier load of the file are skipped, so running it again adds nothing and a load
 * that was cut short is completed. Exit 0 when recorded, 2 with the entry and field named when the
 * file or the store refuses it.
 */
public final class LoadHistoryVerb implements Verb {

    @Override
    public String name() {
        return "load-history";
    }

    @Override
    public String argument() {
        return "FILE";
    }

    /** The shipped history must not load first. */
    @Override
    public List<String> properties(String file) {
        return List.of("--ledger.history.load-on-first-start=false");
    }

    @Override
    public int run(ConfigurableApplicationContext context, String argument, PrintStream out) throws IOException {
        Path file = Path.of(argument);
        String name = file.getFileName().toString();
        try (InputStream yaml = Files.newInputStream(file)) {
            var entries = context.getBean(HistoryFileReader.class).read(yaml, name);
            HistoryLoader.Loaded loaded = context.getBean(HistoryLoader.class).load(entries, name);
            out.println("Recorded " + loaded.recorded() + " entries of " + file + "; " + loaded.recordedBefore()
                    + " were recorded before.");
            return 0;
        } catch (NoSuchFileException e) {
            throw new VerbFailure("No such history file: " + file);
        } catch (HistoryFileException e) {
            throw new VerbFailure(e.getMessage());
        }
    }
}
