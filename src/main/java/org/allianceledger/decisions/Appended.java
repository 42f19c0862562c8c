package org.allianceledger.decisions;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Items appended by one thread and read by any: a reader sees every item appended before it read
 * the count, without a lock.
 */
final class Appended<T> {

    private volatile Object[] items = new Object[16];
    private volatile int size;

    void add(T item) {
        Object[] current = items;
        if (size == current.length) {
            current = Arrays.copyOf(current, current.length * 2);
            items = current;
        }
        current[size] = item;
        size = size + 1; // published after the item is in place
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    T get(int index) {
        return (T) items[index];
    }

    /** The items appended before this call. */
    Stream<T> stream() {
        int count = size;
        return IntStream.range(0, count).mapToObj(this::get);
    }
}
