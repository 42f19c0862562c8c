package org.allianceledger.command;

/** A command body that cannot be read as the command it names: missing, not JSON, or failing a field's checks. */
public class MalformedCommandException extends RuntimeException {

    public MalformedCommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
