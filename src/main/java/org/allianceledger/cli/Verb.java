package org.allianceledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A command-line verb of the runnable jar: {@code java -jar alliance-ledger.jar VERB ARGUMENT [--spring.options]}.
 * It runs in the service's own context, without a web server, and ends the process with its exit code.
 */
public interface Verb {

    String name();

    /** What the one argument is, for the usage line, e.g. {@code FILE}. */
    String argument();

    /** Properties the verb needs set, whatever the command line says. */
    List<String> properties(String argument) throws IOException;

    /** @return 0 done; otherwise throw a {@link VerbFailure} with the reason */
    int run(ConfigurableApplicationContext context, String argument, PrintStream out) throws IOException;
}
