package org.allianceledger.alliance;

/**
 * Where the evidence for a decision is printed: the document as it is cited (title and date), the
 * paragraph or table within it, e.g. {@code BCB report, 19 Jul 2018} / {@code §6.2}, and the
 * document's own words that support the entry.
 *
 * @param date  the document's date; null where the document is undated
 * @param quote the source's words, verbatim; null where the recorder gave none
 */
public record SourceRef(String document, PartialDate date, String paragraph, @LongText String quote) {

    public SourceRef(String document, PartialDate date, String paragraph) {
        this(document, date, paragraph, null);
    }

    @Override
    public String toString() {
        return document + (paragraph == null ? "" : ", " + paragraph);
    }
}
