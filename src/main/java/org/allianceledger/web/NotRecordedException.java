package org.allianceledger.web;

/** A page asked for a record the ledger does not hold. */
public class NotRecordedException extends RuntimeException {

    public NotRecordedException(String message) {
        super(message);
    }
}
