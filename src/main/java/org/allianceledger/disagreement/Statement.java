package org.allianceledger.disagreement;

import org.allianceledger.alliance.SourceRef;
import org.allianceledger.alliance.LongText;
import org.allianceledger.alliance.Text;

/**
 * What one source states on a point where the sources disagree: the citation with the source's own
 * words, which a disagreement cannot do without (a reader must see what each side printed), and
 * what those words state, in plain words.
 *
 * @param source the document, its date (null where undated), the paragraph and the verbatim quote
 * @param says   what the source states, e.g. "Approved in May 2016"
 */
public record Statement(SourceRef source, @LongText String says) {

    public Statement {
        if (source == null) {
            throw new IllegalArgumentException("statements[].source is required");
        }
        Text.require(source.quote(), "statements[].source.quote");
        says = Text.require(says, "statements[].says");
    }
}
