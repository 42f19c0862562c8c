package org.allianceledger.cli;

/** A verb could not do its work; the message says why, and the process exits with 2. */
public class VerbFailure extends RuntimeException {

    public VerbFailure(String message) {
        super(message);
    }
}
