package org.allianceledger.command;

import java.util.Optional;

/** The aggregate is not at the version the command's {@code If-Match} expects: nothing was recorded. */
public class StaleVersionException extends RuntimeException {

    private final transient Optional<Long> current;

    StaleVersionException(String aggregateId, ExpectedVersion expected, Optional<Long> current) {
        super(current.map(at -> "'" + aggregateId + "' is at version " + at + ", not " + expected
                        + ": read its stream again (GET /api/streams/" + aggregateId + ") and decide whether the command still stands")
                .orElse("Nothing has been recorded under the id '" + aggregateId + "', so it is not at version " + expected));
        this.current = current;
    }

    /** The aggregate's version now, for the answer's {@code ETag}; empty if it does not exist. */
    public Optional<Long> current() {
        return current;
    }
}
