package org.allianceledger.history;

import java.util.ArrayList;
import java.util.List;

/**
 * One statement a source document makes, as the decision register should carry it: found by its
 * structured fields (kind, subject, date, paragraph, words quoted, deciders), never by summary
 * wording. A field left unset is not checked.
 */
final class Said {

    final String what;
    String kind;
    String subject;
    String on;
    String precision;
    String nature;
    String paragraph;
    List<String> decidedBy;
    boolean bodyChecked;
    String body;
    Boolean inferred;
    String inferredFromContains;
    final List<String> quoteContains = new ArrayList<>();
    int times = 1;

    private Said(String what) {
        this.what = what;
    }

    /** What the document says, in a few words, for the failure message. */
    static Said that(String what) {
        return new Said(what);
    }

    Said is(String kind, String subject) {
        this.kind = kind;
        this.subject = subject;
        return this;
    }

    Said on(String date, String precision) {
        this.on = date;
        this.precision = precision;
        return this;
    }

    /** The document states the date. */
    Said stated() {
        this.inferred = false;
        return this;
    }

    /** The document does not state the date: the record says what it is inferred from. */
    Said inferred() {
        this.inferred = true;
        return this;
    }

    /** Inferred, and the record's note on it contains these words. */
    Said inferredFrom(String words) {
        this.inferred = true;
        this.inferredFromContains = words;
        return this;
    }

    Said decision() {
        this.nature = "DECISION";
        return this;
    }

    Said reported() {
        this.nature = "REPORTED";
        return this;
    }

    Said planned() {
        this.nature = "PLANNED";
        return this;
    }

    /** Exactly these deciders, as the quote names them. */
    Said decidedBy(String... names) {
        this.decidedBy = List.of(names);
        return this;
    }

    /** The document names neither a decider nor a body. */
    Said nobodyNamed() {
        this.decidedBy = List.of();
        this.bodyChecked = true;
        this.body = null;
        return this;
    }

    Said body(String body) {
        this.bodyChecked = true;
        this.body = body;
        return this;
    }

    Said noBody() {
        return body(null);
    }

    Said at(String paragraph) {
        this.paragraph = paragraph;
        return this;
    }

    Said quoting(String... fragments) {
        this.quoteContains.addAll(List.of(fragments));
        return this;
    }

    /** The document's one statement is recorded as this many entries (one per party, per principle ...). */
    Said times(int times) {
        this.times = times;
        return this;
    }

    @Override
    public String toString() {
        return "\"" + what + "\" (" + kind + " " + subject + (on == null ? "" : " on " + on) + ")";
    }
}
