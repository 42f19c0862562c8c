package org.allianceledger.readmodel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param catchUpWait how long a read waits for the read models to take in every event stored
 *                    before it began (read-your-writes); after that it answers from what they hold
 * @param replayWait  how long a replay may take before the admin endpoint gives up waiting
 * @param maxClaimedSegments how many segments of the read-models processor this instance may claim
 *                    from the token store; unset, it claims every one (a single instance)
 * @param idleTokenInterval how soon a segment stores a token past events that belong to another
 *                    segment: until it does, a read waits for it. Axon's default, 5 s, is as long
 *                    as a read waits, so with several segments a read could miss a write just made
 */
@ConfigurationProperties("ledger.read-models")
public record ReadModelProperties(Duration catchUpWait, Duration replayWait, Integer maxClaimedSegments,
                                  Duration idleTokenInterval) {

    public ReadModelProperties {
        if (maxClaimedSegments != null && maxClaimedSegments < 1) {
            // Zero would leave this instance's read models silently idle.
            throw new IllegalArgumentException("ledger.read-models.max-claimed-segments must be at least 1, or unset for all of them");
        }
    }
}
