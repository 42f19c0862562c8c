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
        Predicate<Filed> same = filed -> filed.isOf(eventId, uuid);
        long[] table = slots;
        long slot = table[find(table, Filed.idHash(eventId, uuid), same)];
        // Read again, not kept from the search: an empty slot it ended on may have taken another row since.
        return slot == EMPTY || number(slot) < 0 ? Optional.empty() : Optional.ofNullable(rows.apply(number(slot))).filter(same);
    }

    /** The slot of the row with {@code hash} that {@code same} accepts, or the empty slot where it would go. */
    private int find(long[] table, int hash, Predicate<Filed> same) {
        int mask = table.length - 1;
        int at = hash & mask;
        for (long slot = table[at]; slot != EMPTY; slot = table[at]) {
            // A slot being filled may read as its hash without its number (a long may be written in halves), or
            // its row not yet be seen where the row was put: either is not yet a row.
            Filed filed = (int) (slot >>> 32) == hash && number(slot) >= 0 ? rows.apply(number(slot)) : null;
            if (filed != null && same.test(filed)) {
                return at;
            }
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
