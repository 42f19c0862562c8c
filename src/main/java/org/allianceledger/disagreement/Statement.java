package org.allianceledger.disagreement;

import org.allianceledger.alliance.SourceRef;
import org.allianceledger.alliance.LongText;

/**
 * What one source states on a point where the sources disagree: the citation with the source's own
 * words, which a disagreement cannot do without (a reader must see what each side printed), and
 * what those words state, in plain words.
 *
 * @param source the document, its date (null where undated), the paragraph and the verbatim quote
 * @param says   what the source states, e.g. "Approved in May 2016"
 */
public record Statement(SourceRef source, @LongText String says) {
}
