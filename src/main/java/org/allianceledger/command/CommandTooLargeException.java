package org.allianceledger.command;

/** A command body over {@code ledger.limits.max-request-bytes}: refused before it is read in full, nothing recorded. */
public class CommandTooLargeException extends RuntimeException {

    public CommandTooLargeException(int maxBytes) {
        super("A command body may be at most " + maxBytes + " bytes");
    }
}
