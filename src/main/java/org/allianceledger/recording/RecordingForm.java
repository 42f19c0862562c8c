package org.allianceledger.recording;

/**
 * A page that records one command for a recorder ({@code GET/POST /record/{name}}), listed on
 * {@code /record} under its group.
 */
public interface RecordingForm {

    /** The command's public name, as in {@code /api/commands/{name}}: the form's address under {@code /record/}. */
    String name();

    /** What the form records, in the users' words: "Record progress on a recommendation". */
    String title();

    /** The part of the record it belongs to: "Reviews and recommendations". */
    String group();

    /** Whether the form creates a record under an id it makes (a business case from its title), which must not be taken. */
    default boolean creates() {
        return false;
    }
}
