package org.allianceledger.readmodel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxClaimedSegments how many segments of the read-models processor this instance may claim
 *                           from the token store; unset, it claims every one (a single instance)
 */
@ConfigurationProperties("ledger.read-models")
public record ReadModelSegmentProperties(Integer maxClaimedSegments) {

    public ReadModelSegmentProperties {
        if (maxClaimedSegments != null && maxClaimedSegments < 1) {
            // Zero would leave this instance's read models silently idle.
            throw new IllegalArgumentException("ledger.read-models.max-claimed-segments must be at least 1, or unset for all of them");
        }
    }
}
