package org.allianceledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Finds and runs the jar's verbs. */
public final class Verbs {

    private static final int REFUSED = 2;

    private final Class<?> application;
    private final List<Verb> verbs;

    /** @param application the Spring Boot application a verb runs in */
    public Verbs(Class<?> application, Verb... verbs) {
        this.application = application;
        this.verbs = List.of(verbs);
    }

    public Optional<Verb> find(String[] args) {
        return args.length == 0 ? Optional.empty() : verbs.stream().filter(verb -> verb.name().equals(args[0])).findFirst();
    }

    /** @return the process exit code */
    public int run(Verb verb, String[] args, PrintStream out) {
        if (args.length < 2 || args[1].startsWith("--")) {
            out.println("usage: " + verb.name() + " " + verb.argument() + " [--ledger.mongodb.uri=... | --ledger.embedded.data-dir=...]");
            return REFUSED;
        }
        String argument = args[1];
        try {
            // Properties given on the command line outrank application.yml; the verb's own come last and win.
            String[] springArgs = Stream.concat(Arrays.stream(args, 2, args.length), verb.properties(argument).stream())
                    .toArray(String[]::new);
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE).run(springArgs)) {
                return verb.run(context, argument, out);
            }
        } catch (VerbFailure e) {
            out.println(e.getMessage());
            return REFUSED;
        } catch (IOException e) {
            out.println("Cannot read or write " + argument + ": " + e.getMessage());
            return REFUSED;
        }
    }
}
