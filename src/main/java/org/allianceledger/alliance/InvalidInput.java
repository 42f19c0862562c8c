package org.allianceledger.alliance;

/**
 * A value the client gave that the ledger's checks refuse: a field of a command, a parameter of a
 * read. The client's mistake, answered as HTTP 400 naming the field; any other
 * IllegalArgumentException is the service's own fault.
 */
public class InvalidInput extends IllegalArgumentException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    /** A refusal of a value whose field the caller knows and names, e.g. from the path the value was read at. */
    public InvalidInput(String message) {
        this(null, message);
    }

    /** The field or parameter to blame, e.g. {@code decision.source.document}; null if the message alone says it. */
    public String field() {
        return field;
    }
}
