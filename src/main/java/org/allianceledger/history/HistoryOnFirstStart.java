package org.allianceledger.history;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On the first start of an empty store, records the shipped history so the service opens on real decisions. */
@Component
class HistoryOnFirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HistoryOnFirstStart.class);

    private final HistoryProperties properties;
    private final HistoryFileReader reader;
    private final HistoryLoader loader;

    HistoryOnFirstStart(HistoryProperties properties, HistoryFileReader reader, HistoryLoader loader) {
        this.properties = properties;
        this.reader = reader;
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.loadOnFirstStart()) {
            return;
        }
        if (!loader.storeIsEmpty()) {
            log.info("The store already holds events; the history in {} is not loaded again", properties.file().getFilename());
            return;
        }
        String name = properties.file().getFilename();
        List<HistoryEntry> entries = reader.read(properties.file().getInputStream(), name);
        int loaded = loader.loadIntoEmptyStore(entries, name);
        log.info("Recorded the {} entries of {} into the empty store", loaded, name);
    }
}
