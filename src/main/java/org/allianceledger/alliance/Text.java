package org.allianceledger.alliance;

/** Checks on free text shared by commands: required text is present and not blank. */
public final class Text {

    private Text() {
    }

    public static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, field + " is required");
        }
        return value.strip();
    }

    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
