package org.allianceledger.readmodel;

import java.util.ArrayList;
import java.util.List;

/** What views do to the lists in their rows: rows are immutable, so each step gives a new list. */
public final class Lists {

    private Lists() {
    }

    /** {@code list} and {@code item} after it. */
    public static <T> List<T> appended(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list.size() + 1);
        longer.addAll(list);
        longer.add(item);
        return List.copyOf(longer);
    }

    /** {@code list} and, after it, each of {@code added} it does not hold yet. */
    public static <T> List<T> union(List<T> list, List<T> added) {
        List<T> union = new ArrayList<>(list);
        added.stream().filter(item -> !union.contains(item)).forEach(union::add);
        return List.copyOf(union);
    }
}
