package org.allianceledger.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.allianceledger.AllianceLedgerApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar alliance-ledger.jar load-history FILE [--spring.options]}: records another
 * alliance's history file into an empty store, with no web server, and exits.
 */
public final class LoadHistoryVerb {

    public static final String VERB = "load-history";

    private LoadHistoryVerb() {
    }

    /** @return the process exit code: 0 loaded, 2 the file or the store refused it */
    public static int run(String[] args, PrintStream out) {
        if (args.length < 2 || args[1].startsWith("--")) {
            out.println("usage: " + VERB + " FILE [--ledger.mongodb.uri=... | --ledger.embedded.data-dir=...]");
            return 2;
        }
        Path file = Path.of(args[1]);
        // A command-line property outranks application.yml: the shipped history must not load first.
        String[] springArgs = Stream.concat(Arrays.stream(args, 2, args.length),
                Stream.of("--ledger.history.load-on-first-start=false")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AllianceLedgerApplication.class)
                .web(WebApplicationType.NONE)
                .run(springArgs);
             InputStream yaml = Files.newInputStream(file)) {
            var entries = context.getBean(HistoryFileReader.class).read(yaml, file.getFileName().toString());
            int loaded = context.getBean(HistoryLoader.class).loadIntoEmptyStore(entries, file.getFileName().toString());
            out.println("Recorded " + loaded + " entries of " + file + ".");
            return 0;
        } catch (NoSuchFileException e) {
            out.println("No such history file: " + file);
            return 2;
        } catch (HistoryFileException e) {
            out.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            out.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
