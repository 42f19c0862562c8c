package org.allianceledger.alliance;

import java.util.Objects;

/**
 * Where the evidence for a decision is printed: the document as it is cited (title and date), and
 * the paragraph or table within it, e.g. {@code BCB report, 19 Jul 2018} / {@code §6.2}.
 */
public record SourceRef(String document, PartialDate date, String paragraph) {

    public SourceRef {
        Text.require(document, "source.document");
        Objects.requireNonNull(date, "source.date is required");
        paragraph = Text.optional(paragraph);
    }

    @Override
    public String toString() {
        return document + (paragraph == null ? "" : ", " + paragraph);
    }
}
