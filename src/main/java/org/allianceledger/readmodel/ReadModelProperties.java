package org.allianceledger.readmodel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param catchUpWait how long a read waits for this instance's views to take in every event stored
 *                    before it began (read-your-writes); after that it answers from what they hold
 * @param replayWait  how long a replay may take before the admin endpoint gives up waiting
 */
@ConfigurationProperties("ledger.read-models")
public record ReadModelProperties(Duration catchUpWait, Duration replayWait) {
}
