package org.allianceledger.store;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The last position of the store's unbroken run of documents, as this process knows it: moved on by what
 * it reads, and by what it writes itself without reading it back. Appends from several threads finish
 * in any order, so a batch written past a position still being written is kept aside until that
 * position is written: otherwise the run known would stop there, and the next read of the head would
 * walk the store from it, a batch of positions a query. Thread-safe.
 */
final class UnbrokenRun {

    /** Batches kept aside at most: past that, where the position before them never comes, reads find the run. */
    static final int KEPT_ASIDE = 1_024;

    private long last = -1;
    /** Batches written past the run, by first position: their last. */
    private final NavigableMap<Long, Long> ahead = new TreeMap<>();

    /** The run's last position; -1 where none is known. */
    synchronized long last() {
        return last;
    }

    /** Every position through {@code position} holds its document: a read found it so. */
    synchronized void reaches(long position) {
        last = Math.max(last, position);
        join();
    }

    /** The run ends at {@code position}, before the one known: the store was emptied under us. */
    synchronized void restart(long position) {
        last = position;
        ahead.clear();
    }

    /** This process wrote positions {@code first..last}. */
    synchronized void written(long first, long last) {
        if (first > this.last + 1) {
            if (ahead.size() >= KEPT_ASIDE) {
                ahead.clear();
            }
            ahead.merge(first, last, Math::max);
            return;
        }
        reaches(last);
    }

    /** Takes in the batches kept aside that the run now reaches, and drops those it has passed. */
    private void join() {
        for (Map.Entry<Long, Long> next = ahead.firstEntry(); next != null && next.getKey() <= last + 1; next = ahead.firstEntry()) {
            last = Math.max(last, next.getValue());
            ahead.pollFirstEntry();
        }
    }
}
