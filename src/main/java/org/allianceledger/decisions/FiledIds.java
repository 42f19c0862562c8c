package org.allianceledger.decisions;

import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The register's rows by their event's id: a table open-addressed by the id's hash, each slot the
 * hash and the row's number, a row looked at only where the hash is the one sought. A map of ids to
 * rows would keep an id object and an entry for every row; this keeps eleven to twenty-one bytes a
 * row. One thread adds while any number look up: a grown table is filled before it is published, and a
 * lookup that misses a row being added finds it once the read-your-writes wait has seen that row's
 * event taken in.
 */
final class FiledIds {

    private static final long EMPTY = 0;

    private final IntFunction<Filed> rows;
    /** Each slot a row's id hash (the high half) and number plus one (the low half), or {@link #EMPTY}; its length a power of two. */
    private volatile long[] slots = new long[1024];
    private int count;

    /** The ids of {@code rows}, given a row's number. */
    FiledIds(IntFunction<Filed> rows) {
        this.rows = rows;
    }

    /** Files {@code filed} under its id, in place of another row with the same id. */
    void add(Filed filed) {
        if ((count + 1) * 4L > slots.length * 3L) {
            slots = grown(slots);
        }
        long[] table = slots;
        int hash = filed.idHash();
        int at = find(table, hash, filed::sameId);
        if (table[at] == EMPTY) {
            count++;
        }
        table[at] = slot(hash, filed.number());
    }

    Optional<Filed> get(String eventId) {
        UUID uuid = Filed.uuid(eventId);
        long[] table = slots;
        long slot = table[find(table, Filed.idHash(eventId, uuid), filed -> filed.isOf(eventId, uuid))];
        return slot == EMPTY ? Optional.empty() : Optional.of(rows.apply(number(slot)));
    }

    /** The slot of the row with {@code hash} that {@code same} accepts, or the empty slot where it would go. */
    private int find(long[] table, int hash, Predicate<Filed> same) {
        int mask = table.length - 1;
        int at = hash & mask;
        while (table[at] != EMPTY && ((int) (table[at] >>> 32) != hash || !same.test(rows.apply(number(table[at]))))) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private static long slot(int hash, int number) {
        return (long) hash << 32 | (number + 1L);
    }

    private static int number(long slot) {
        return (int) slot - 1;
    }

    private static long[] grown(long[] table) {
        long[] grown = new long[table.length * 2];
        int mask = grown.length - 1;
        for (long slot : table) {
            if (slot != EMPTY) {
                int at = (int) (slot >>> 32) & mask;
                while (grown[at] != EMPTY) {
                    at = (at + 1) & mask;
                }
                grown[at] = slot;
            }
        }
        return grown;
    }
}
