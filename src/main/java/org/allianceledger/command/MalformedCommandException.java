package org.allianceledger.command;

/**
 * A command body that cannot be read as the command it names: missing, not JSON, failing a field's
 * checks or beyond a limit. {@link #field()} names the field where one is to blame.
 */
public class MalformedCommandException extends RuntimeException {

    private final String field;

    public MalformedCommandException(String message, Throwable cause) {
        this(null, message, cause);
    }

    /** A refusal of one field's value in the words of the check that refused it, which name the field already. */
    MalformedCommandException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** A refusal of one field's value: the message starts with the field's name. */
    public static MalformedCommandException inField(String field, String message) {
        return new MalformedCommandException(field, field + ": " + message, null);
    }

    /** The field's path in the command, e.g. {@code decision.source.quote} or {@code forecast[1].amount}; null if none. */
    public String field() {
        return field;
    }
}
