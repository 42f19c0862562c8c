package org.allianceledger.readmodel;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param catchUpWait how long a read waits for this instance's views to take in every event stored
 *                    before it began (read-your-writes); after that it answers from what they hold
 * @param replayWait  how long a replay may take before the admin endpoint gives up waiting
 * @param snapshotFile where this instance keeps the events its read models were built from, so that a
 *                    start folds them from there and tails the store from the last; unset: none
 * @param promptInterval how often this instance's processor, once caught up, looks for new events
 * @param statesEvery how often, at most, the views write their states while the service runs (once
 *                    they have taken in events since the last), so that a start after a kill reads
 *                    them too; zero or unset: only when the service stops
 */
@ConfigurationProperties("ledger.read-models")
public record ReadModelProperties(Duration catchUpWait, Duration replayWait, Path snapshotFile, Duration promptInterval,
                                  Duration statesEvery) {

    public ReadModelProperties {
        // Set empty to keep none: the empty path would be the working folder itself.
        snapshotFile = snapshotFile == null || snapshotFile.toString().isBlank() ? null : snapshotFile;
        statesEvery = statesEvery == null || statesEvery.isNegative() || statesEvery.isZero() ? null : statesEvery;
    }
}
