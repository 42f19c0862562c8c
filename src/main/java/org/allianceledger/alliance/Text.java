package org.allianceledger.alliance;

/** Checks on free text shared by commands and values: required text is present and not blank. */
public final class Text {

    private Text() {
    }

    public static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
