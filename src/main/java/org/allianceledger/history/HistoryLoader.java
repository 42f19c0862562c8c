package org.allianceledger.history;

import java.util.List;

import org.allianceledger.command.CommandDispatcher;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Records a history file's entries through the same command gateway as the API, into an empty
 * store only: a second load, or a restart, adds nothing. The file is rehearsed in memory first,
 * so a file that breaks a rule is refused before anything is stored.
 */
@Component
public class HistoryLoader {

    /** The recorder named in every event a history file produces. */
    public static final String RECORDER = "history-loader";

    private final CommandDispatcher dispatcher;
    private final EventStore eventStore;
    private final HistoryRehearsal rehearsal;

    HistoryLoader(CommandDispatcher dispatcher, EventStore eventStore, HistoryRehearsal rehearsal) {
        this.dispatcher = dispatcher;
        this.eventStore = eventStore;
        this.rehearsal = rehearsal;
    }

    public boolean storeIsEmpty() {
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            return !events.hasNextAvailable();
        }
    }

    /** @return how many entries were recorded */
    public int loadIntoEmptyStore(List<HistoryEntry> entries, String fileName) {
        if (!storeIsEmpty()) {
            throw new HistoryFileException("The store already holds events: " + fileName
                    + " is loaded only into an empty store, so nothing was added");
        }
        rehearsal.rehearse(entries, fileName);
        for (HistoryEntry entry : entries) {
            try {
                dispatcher.dispatch(entry.command(), RECORDER, "history:" + entry.id(), null, entry.note());
            } catch (RuntimeException e) {
                throw new HistoryFileException(fileName + ": entry " + entry.id() + " (" + entry.commandName()
                        + ") was refused: " + e.getMessage(), e);
            }
        }
        return entries.size();
    }
}
