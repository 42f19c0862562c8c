package org.allianceledger.store;

/** The store could not be opened or reached; the message alone tells the operator what to do. */
public class StoreStartupException extends RuntimeException {

    public StoreStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
