package org.allianceledger.history;

import java.util.List;

import org.allianceledger.command.CommandDispatcher;
import org.allianceledger.command.IdempotentCommands;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Records a history file's entries through the same command gateway as the API, each once: an
 * entry is recorded as a command with an idempotency key, its entry id, so an entry recorded before
 * (by an earlier load, one that died part-way, or another instance loading at the same time) is
 * answered as it was first and recorded nothing. Entries are recorded in the file's order; the file
 * is rehearsed in memory first, so a file that breaks a rule is refused before anything is stored.
 */
@Component
public class HistoryLoader {

    /** The recorder named in every event a history file produces. */
    public static final String RECORDER = "history-loader";

    private final CommandDispatcher dispatcher;
    private final IdempotentCommands idempotent;
    private final EventStore eventStore;
    private final HistoryRehearsal rehearsal;

    HistoryLoader(CommandDispatcher dispatcher, IdempotentCommands idempotent, EventStore eventStore, HistoryRehearsal rehearsal) {
        this.dispatcher = dispatcher;
        this.idempotent = idempotent;
        this.eventStore = eventStore;
        this.rehearsal = rehearsal;
    }

    /** How many of a file's entries one load recorded, and how many it found recorded before. */
    public record Loaded(int recorded, int recordedBefore) {
    }

    /** The client command id an entry's events carry, and the key it is recorded once under. */
    public static String key(String entryId) {
        return "history:" + entryId;
    }

    public boolean storeIsEmpty() {
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            return !events.hasNextAvailable();
        }
    }

    /** How many of these entries were begun (by any load, on any instance) and how many recorded. */
    public IdempotentCommands.Progress progress(List<HistoryEntry> entries) {
        return idempotent.progress(RECORDER, entries.stream().map(entry -> key(entry.id())).toList());
    }

    public Loaded load(List<HistoryEntry> entries, String fileName) {
        rehearsal.rehearse(entries, fileName);
        int recorded = 0;
        for (HistoryEntry entry : entries) {
            String key = key(entry.id());
            try {
                boolean recordedBefore = idempotent.once(RECORDER, key, entry.command(),
                        () -> dispatcher.dispatch(entry.command(), RECORDER, key, null, entry.note())).replayed();
                recorded += recordedBefore ? 0 : 1;
            } catch (RuntimeException e) {
                throw new HistoryFileException(fileName + ": entry " + entry.id() + " (" + entry.commandName()
                        + ") was refused: " + e.getMessage() + ". The entries before it stay recorded; a later load resumes from this one.", e);
            }
        }
        return new Loaded(recorded, entries.size() - recorded);
    }
}
