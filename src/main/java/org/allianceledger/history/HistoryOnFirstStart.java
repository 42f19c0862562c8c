package org.allianceledger.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty store, records the shipped history so the service opens on real
 * decisions. It runs after Axon has started and before the web server accepts requests, so no
 * request can reach the store first.
 */
@Component
class HistoryOnFirstStart implements SmartLifecycle {

    /** Axon's phases are small numbers; the web server starts at DEFAULT_PHASE - 1024. */
    private static final int BEFORE_THE_WEB_SERVER = SmartLifecycle.DEFAULT_PHASE - 2048;
    private static final Logger log = LoggerFactory.getLogger(HistoryOnFirstStart.class);

    private final HistoryProperties properties;
    private final HistoryFileReader reader;
    private final HistoryLoader loader;
    private volatile boolean running;

    HistoryOnFirstStart(HistoryProperties properties, HistoryFileReader reader, HistoryLoader loader) {
        this.properties = properties;
        this.reader = reader;
        this.loader = loader;
    }

    @Override
    public void start() {
        running = true;
        if (!properties.loadOnFirstStart()) {
            return;
        }
        String name = properties.file().getFilename();
        if (!loader.storeIsEmpty()) {
            log.info("The store already holds events; the history in {} is not loaded again", name);
            return;
        }
        try {
            List<HistoryEntry> entries = reader.read(properties.file().getInputStream(), name);
            log.info("Recorded the {} entries of {} into the empty store", loader.loadIntoEmptyStore(entries, name), name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the history file " + name, e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return BEFORE_THE_WEB_SERVER;
    }
}
