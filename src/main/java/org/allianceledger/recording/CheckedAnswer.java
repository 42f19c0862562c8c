package org.allianceledger.recording;

/**
 * One row of a form's "Check your answers" page: the question, the answer as it will be recorded, and
 * the form field its "Change" button returns to.
 */
public record CheckedAnswer(String question, String answer, String field) {

    /** An answer left blank reads {@code blank} ("Not given", "Not named in the source"). */
    public static CheckedAnswer of(String question, String answer, String field, String blank) {
        return new CheckedAnswer(question, answer == null || answer.isBlank() ? blank : answer.strip(), field);
    }
}
