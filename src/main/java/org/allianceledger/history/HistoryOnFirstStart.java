package org.allianceledger.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.allianceledger.command.IdempotentCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Records the shipped history so the service opens on real decisions: on the first start of an
 * empty store, and on a later start that finds the history begun but not finished (an instance died
 * part-way, or the file gained entries). A store that holds other events and none of the history's
 * entries is someone's own record (another file loaded with {@code load-history}, or recordings made
 * with the load switched off) and is left as it is. Several instances starting together on one
 * store all load, and each entry is recorded once (see {@link HistoryLoader}). It runs after Axon
 * has started and before the web server accepts requests, so no request can reach the store first.
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
        List<HistoryEntry> entries = read(name);
        // Emptiness first: an entry's claim is taken before its events are stored, so a history event
        // another instance stores in between is seen here with its claim seen below.
        boolean empty = loader.storeIsEmpty();
        IdempotentCommands.Progress progress = loader.progress(entries);
        if (progress.recorded() == entries.size()) {
            log.info("The store holds the {} entries of {}; nothing to load", entries.size(), name);
        } else if (!empty && progress.claimed() == 0) {
            log.info("The store holds other events and none of the entries of {}: it is not loaded", name);
        } else {
            HistoryLoader.Loaded loaded = loader.load(entries, name);
            log.info("Recorded {} entries of {}; {} were recorded before", loaded.recorded(), name, loaded.recordedBefore());
        }
    }

    private List<HistoryEntry> read(String name) {
        try {
            return reader.read(properties.file().getInputStream(), name);
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
