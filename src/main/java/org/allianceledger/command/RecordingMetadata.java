package org.allianceledger.command;

import java.util.regex.Pattern;

/** Metadata keys for the transaction time side of the record: who recorded a decision, and under which client id. */
public final class RecordingMetadata {

    public static final String RECORDER = "recorder";
    /** The client's idempotency key for the command, if it gave one. */
    public static final String CLIENT_COMMAND_ID = "clientCommandId";
    /** Ties every event of one request together, and to the client's logs when it sends {@value #CORRELATION_HEADER}. */
    public static final String CORRELATION_ID = "correlationId";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    /** The longest client-given id the ledger keeps: an idempotency key or a correlation id. */
    private static final int MAX_CLIENT_ID_LENGTH = 200;
    private static final Pattern CLIENT_ID = Pattern.compile("[!-~]{1," + MAX_CLIENT_ID_LENGTH + "}");
    /** The recorder's remark on the record itself: an inferred year, a conflict between sources. */
    public static final String RECORDER_NOTE = "recorderNote";

    private RecordingMetadata() {
    }

    /**
     * A client-given id (an idempotency key, a correlation id) the ledger will keep, or a plain refusal
     * naming its header. Visible ASCII only: it is stored, logged and shown, so it can carry no control
     * character (a forged log line, a terminal escape) and no look-alike letters.
     */
    static String clientId(String header, String value) {
        if (!isClientId(value)) {
            throw MalformedCommandException.inField(header, "must be 1 to " + MAX_CLIENT_ID_LENGTH
                    + " visible ASCII characters (letters, digits, punctuation; no spaces)");
        }
        return value;
    }

    public static boolean isClientId(String value) {
        return value != null && CLIENT_ID.matcher(value).matches();
    }
}
