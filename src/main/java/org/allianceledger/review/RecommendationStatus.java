package org.allianceledger.review;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a recommendation stands. Verification belongs to internal audit and follows implementation;
 * an implemented recommendation that audit finds wanting goes back in progress. Verified,
 * superseded and not-accepted recommendations are settled.
 */
public enum RecommendationStatus {
    OPEN, IN_PROGRESS, IMPLEMENTED, VERIFIED_BY_INTERNAL_AUDIT, SUPERSEDED, NOT_ACCEPTED;

    public Set<RecommendationStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, IMPLEMENTED, SUPERSEDED, NOT_ACCEPTED);
            case IN_PROGRESS -> EnumSet.of(OPEN, IMPLEMENTED, SUPERSEDED, NOT_ACCEPTED);
            case IMPLEMENTED -> EnumSet.of(IN_PROGRESS, VERIFIED_BY_INTERNAL_AUDIT, SUPERSEDED);
            case VERIFIED_BY_INTERNAL_AUDIT, SUPERSEDED, NOT_ACCEPTED -> EnumSet.noneOf(RecommendationStatus.class);
        };
    }
}
