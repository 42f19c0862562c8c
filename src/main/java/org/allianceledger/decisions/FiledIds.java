package org.allianceledger.decisions;

import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The register's rows by their event's id: a table of row numbers, open-addressed by the id's hash,
 * each found row's own id compared. A map of ids to rows would keep an id object and an entry for
 * every row; this keeps four to eight bytes a row. One thread adds while any number look up: a grown
 * table is filled before it is published, and a lookup that misses a row being added finds it once
 * the read-your-writes wait has seen that row's event taken in.
 */
final class FiledIds {

    private static final int EMPTY = 0;

    private final IntFunction<Filed> rows;
    /** Each slot a row's number plus one, or {@link #EMPTY}; its length a power of two. */
    private volatile int[] slots = new int[1024];
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
        if (place(slots, filed)) {
            count++;
        }
    }

    Optional<Filed> get(String eventId) {
        UUID uuid = Filed.uuid(eventId);
        int[] table = slots;
        int mask = table.length - 1;
        for (int at = Filed.idHash(eventId, uuid) & mask; table[at] != EMPTY; at = (at + 1) & mask) {
            Filed filed = rows.apply(table[at] - 1);
            if (filed.isOf(eventId, uuid)) {
                return Optional.of(filed);
            }
        }
        return Optional.empty();
    }

    /** Puts {@code filed} in its slot of {@code table}; whether it took a slot no row held. */
    private boolean place(int[] table, Filed filed) {
        int mask = table.length - 1;
        int at = filed.idHash() & mask;
        while (table[at] != EMPTY && !rows.apply(table[at] - 1).sameId(filed)) {
            at = (at + 1) & mask;
        }
        boolean taken = table[at] == EMPTY;
        table[at] = filed.number() + 1;
        return taken;
    }

    private int[] grown(int[] table) {
        int[] grown = new int[table.length * 2];
        for (int slot : table) {
            if (slot != EMPTY) {
                place(grown, rows.apply(slot - 1));
            }
        }
        return grown;
    }
}
