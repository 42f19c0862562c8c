package org.allianceledger.command;

/** Metadata keys for the transaction time side of the record: who recorded a decision, and under which client id. */
public final class RecordingMetadata {

    public static final String RECORDER = "recorder";
    public static final String CLIENT_COMMAND_ID = "clientCommandId";

    private RecordingMetadata() {
    }
}
