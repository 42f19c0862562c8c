package org.allianceledger.alliance;

/**
 * A well-formed command that the ledger's rules forbid (signing an agreement twice, recording
 * savings against a case never approved). Answered as HTTP 422; nothing is written.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public RuleViolation(String message) {
        this(null, message);
    }

    public String field() {
        return field;
    }
}
