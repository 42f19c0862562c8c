package org.allianceledger.alliance;

/**
 * What a decision was about, as the decision register files it: a kind of thing ({@code function},
 * {@code agreement}, {@code business-case}, {@code review}, {@code recommendation}, ...) and its id.
 */
public record Subject(String type, String id) {

    /** The kinds of subject that events of another feature refer to by id. */
    public static final String FUNCTION = "function";
    public static final String BUSINESS_CASE = "business-case";
    public static final String REVIEW = "review";

    @Override
    public String toString() {
        return type + " " + id;
    }
}
