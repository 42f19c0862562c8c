package org.allianceledger.alliance;

import java.util.regex.Pattern;

/**
 * Aggregate identifiers are readable slugs chosen by whoever records the first decision
 * ({@code firearms-licensing}, {@code s22-public-contact}), so that a history file can refer to
 * them and an auditor can read them.
 */
public final class Ids {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");

    private Ids() {
    }

    public static String requireSlug(String id, String field) {
        if (id == null || !SLUG.matcher(id).matches()) {
            throw new InvalidInput(field, field + " must be 2-80 lowercase letters, digits or hyphens, not '" + id + "'");
        }
        return id;
    }
}
