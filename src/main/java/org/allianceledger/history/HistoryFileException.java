package org.allianceledger.history;

/** A history file that cannot be loaded; the message names the entry and the field. */
public class HistoryFileException extends RuntimeException {

    public HistoryFileException(String message) {
        super(message);
    }

    public HistoryFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
