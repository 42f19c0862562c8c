package org.allianceledger.alliance;

/**
 * What readers call the things decisions are about: a function by its name, a review, business case
 * or agreement by its title. Most events carry only their subject's id; the name comes from the
 * earlier event that gave it.
 */
@FunctionalInterface
public interface Names {

    /** The name an earlier event gave the subject, or its id where none did. */
    String of(Subject subject);

    /** The name of a subject of {@code type}, e.g. the function a savings ledger is for; nothing where there is no id. */
    default String of(String type, String id) {
        return id == null ? null : of(new Subject(type, id));
    }
}
