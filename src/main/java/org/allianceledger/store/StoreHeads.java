package org.allianceledger.store;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The newest position written to a collection of the embedded engine, as the engine itself sees every
 * write, from this instance or any other that shares the store: a read at "now" learns the store's head
 * here in memory, not by a query before every answer. Only the collections an engine in this process
 * {@linkplain #head watches} are followed.
 */
final class StoreHeads {

    private static final String INSERT = "insert";
    /** Writes that may remove or move documents: the head is no longer known, and the next read asks the store. */
    private static final List<String> UNSETTLING = List.of("update", "findandmodify", "delete", "drop");
    private static final List<String> UNSETTLING_EVERY_COLLECTION = List.of("dropdatabase", "renamecollection");

    private final Map<String, Head> watched = new ConcurrentHashMap<>();

    /** The head of {@code collection} in {@code database}, followed from now on. */
    Head head(String database, String collection) {
        return watched.computeIfAbsent(database + "." + collection, namespace -> new Head());
    }

    /**
     * Follows a command the engine has carried out, before its answer is sent: a client that has its
     * answer finds the head past what it wrote. An insert counts only where every document went in.
     */
    void served(String database, String command, Document query, Document response) {
        String name = command.toLowerCase(Locale.ROOT);
        if (UNSETTLING_EVERY_COLLECTION.contains(name)) {
            watched.values().forEach(Head::unknown);
            return;
        }
        Head head = watched.get(database + "." + query.get(command));
        if (head == null) {
            return;
        }
        if (name.equals(INSERT) && whole(response) && query.get("documents") instanceof List<?> documents) {
            head.inserted(documents.stream().mapToLong(StoreHeads::position).max().orElse(-1));
        } else if (name.equals(INSERT) || UNSETTLING.contains(name)) {
            head.unknown();
        }
    }

    private static boolean whole(Document response) {
        return response.get("ok") instanceof Number ok && ok.doubleValue() == 1 && !response.containsKey("writeErrors")
                && !response.containsKey("writeConcernError");
    }

    private static long position(Object document) {
        return document instanceof Document stored && stored.get("_id") instanceof Number position ? position.longValue() : -1;
    }

    /**
     * One collection's head: the highest numeric id inserted since it was last unsettled, known once a
     * query of the store, begun after that, has said where the head was.
     */
    static final class Head {

        private record State(long generation, long inserted, boolean known) {
        }

        private final AtomicReference<State> state = new AtomicReference<>(new State(0, -1, false));

        /** The newest position stored, where known. */
        OptionalLong newest() {
            State now = state.get();
            return now.known() ? OptionalLong.of(now.inserted()) : OptionalLong.empty();
        }

        /** What a query of the store begun now must pass to {@link #learned}. */
        long generation() {
            return state.get().generation();
        }

        /** A query begun at {@code generation} found the store's head at {@code newest}: known from now on, unless unsettled since. */
        void learned(long generation, long newest) {
            state.updateAndGet(now -> now.generation() == generation
                    ? new State(generation, Math.max(now.inserted(), newest), true) : now);
        }

        void inserted(long position) {
            state.updateAndGet(now -> new State(now.generation(), Math.max(now.inserted(), position), now.known()));
        }

        void unknown() {
            state.updateAndGet(now -> new State(now.generation() + 1, -1, false));
        }
    }
}
