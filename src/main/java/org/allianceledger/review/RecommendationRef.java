package org.allianceledger.review;

/** A recommendation anywhere in the record: review id and its number there, e.g. the Chief Executives' review's "3c". */
public record RecommendationRef(String reviewId, String number) {
}
