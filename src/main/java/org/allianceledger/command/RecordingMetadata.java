package org.allianceledger.command;

/** Metadata keys for the transaction time side of the record: who recorded a decision, and under which client id. */
public final class RecordingMetadata {

    public static final String RECORDER = "recorder";
    public static final String CLIENT_COMMAND_ID = "clientCommandId";
    /** The recorder's remark on the record itself: an inferred year, a conflict between sources. */
    public static final String RECORDER_NOTE = "recorderNote";

    private RecordingMetadata() {
    }
}
