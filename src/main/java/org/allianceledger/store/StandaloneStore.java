package org.allianceledger.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code serve-store DATA_DIR [--port=N]}: the embedded engine in a process of its own, with no
 * Spring context, so that several service instances on this host can share one store: each, run as
 * the same OS user, is given the connection string the store writes to its owner-only file. Runs
 * until the process is terminated; SIGTERM closes the data file cleanly.
 */
public final class StandaloneStore {

    public static final String VERB = "serve-store";
    private static final String PORT_OPTION = "--port=";
    private static final int DEFAULT_PORT = 27017;
    private static final int REFUSED = 2;
    private static final int FAILED_TO_START = 1;

    private StandaloneStore() {
    }

    /** @return the exit code: only when the arguments are refused or the store cannot start; otherwise it blocks */
    public static int run(String[] args, PrintStream out) {
        StoreProperties.Embedded settings = settings(args);
        if (settings == null) {
            out.println("usage: " + VERB + " DATA_DIR [--port=N]   (N from 0, a free port, to 65535; default " + DEFAULT_PORT + ")");
            return REFUSED;
        }
        EmbeddedMongoServer store;
        try {
            store = EmbeddedMongoServer.start(settings);
        } catch (StoreStartupException e) {
            out.println(e.getMessage());
            return FAILED_TO_START;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, VERB + "-close"));
        out.println("Store serving " + store.connectionString() + " (data in " + store.dataFile()
                + "; connection string with this start's password in " + store.uriFile() + ", readable by this OS user only)");
        out.flush();
        awaitTermination();
        return 0;
    }

    /** The same engine settings as {@code ledger.embedded} in application.yml; null when the arguments are wrong. */
    private static StoreProperties.Embedded settings(String[] args) {
        if (args.length < 2 || args.length > 3 || args[1].startsWith("--")) {
            return null;
        }
        int port = DEFAULT_PORT;
        if (args.length == 3) {
            if (!args[2].startsWith(PORT_OPTION)) {
                return null;
            }
            try {
                port = Integer.parseInt(args[2].substring(PORT_OPTION.length()));
            } catch (NumberFormatException e) {
                return null;
            }
            if (port < 0 || port > 65535) {
                return null;
            }
        }
        StoreProperties.Embedded configured = configuredEngine();
        return new StoreProperties.Embedded(Path.of(args[1]), configured.fileName(), configured.uriFileName(), port,
                configured.fsync(), configured.retention(), configured.compress(), configured.durableCollections());
    }

    /** {@code ledger.embedded} as application.yml sets it: the standalone store runs the engine as the service would. */
    private static StoreProperties.Embedded configuredEngine() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
            Binder binder = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
            return binder.bind("ledger.embedded", StoreProperties.Embedded.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException("application.yml could not be read", e);
        }
    }

    /** Nothing ever counts this down: the process ends by a signal, and the shutdown hook closes the store. */
    private static void awaitTermination() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
