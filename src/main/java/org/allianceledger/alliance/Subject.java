package org.allianceledger.alliance;

/**
 * What a decision was about, as the decision register files it: a kind of thing ({@code function},
 * {@code agreement}, {@code business-case}, {@code review}, {@code recommendation}, ...) and its id.
 */
public record Subject(String type, String id) {

    @Override
    public String toString() {
        return type + " " + id;
    }
}
