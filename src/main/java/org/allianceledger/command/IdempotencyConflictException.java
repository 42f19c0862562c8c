package org.allianceledger.command;

/** An idempotency key reused for a different command, or whose first command is still being recorded. */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException(String message) {
        super(message);
    }
}
