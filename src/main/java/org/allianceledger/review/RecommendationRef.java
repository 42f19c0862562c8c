package org.allianceledger.review;

import org.allianceledger.alliance.Ids;
import org.allianceledger.alliance.Text;

/** A recommendation anywhere in the record: review id and its number there, e.g. the Chief Executives' review's "3c". */
public record RecommendationRef(String reviewId, String number) {

    public RecommendationRef {
        Ids.requireSlug(reviewId, "reviewId");
        number = Text.require(number, "number");
    }
}
