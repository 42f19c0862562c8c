package org.allianceledger.alliance;

import java.util.List;

/** A command's required values: one left out is the client's mistake, refused naming its field, not a NullPointerException. */
public final class Required {

    private Required() {
    }

    public static <T> T value(T value, String field) {
        if (value == null) {
            throw new InvalidInput(field, field + " is required");
        }
        return value;
    }

    /** A list may be left out (it is then empty), but none of its entries. */
    public static <T> List<T> entries(List<T> items, String field) {
        if (items == null) {
            return List.of();
        }
        for (int i = 0; i < items.size(); i++) {
            value(items.get(i), field + "[" + i + "]");
        }
        return List.copyOf(items);
    }
}
