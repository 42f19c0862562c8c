package org.allianceledger.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the events live: an external MongoDB when {@code uri} is set, otherwise the embedded
 * single-node engine writing to {@code embedded.dataDir}.
 */
@ConfigurationProperties("ledger")
public record StoreProperties(Mongodb mongodb, Embedded embedded, Events events) {

    public record Mongodb(String uri, String database, Duration serverSelectionTimeout, Duration connectTimeout) {

        public boolean external() {
            return uri != null && !uri.isBlank();
        }
    }

    /**
     * @param collection the events' collection
     * @param batchSize  events read per query, when tracking and when loading an aggregate
     * @param gapTimeout how long a reader waits for an empty position, with later ones stored, before
     *                   filling it with a void (its writer died or lost it); a writer still holding it then moves on
     */
    public record Events(String collection, int batchSize, Duration gapTimeout) {
    }

    /**
     * @param uriFileName    the file in {@code dataDir} that receives the connection string, with this
     *                       start's password, readable only by this OS user
     * @param port           0 picks a free port
     * @param fsync          force each commit to the device, not only to the OS page cache
     * @param retention      how long MVStore keeps superseded chunks before reusing their space
     * @param compress       LZF-compress pages: stored events are JSON text and shrink severalfold
     * @param durableCollections collections whose writes are committed before they are acknowledged;
     *                       the others (read models, tokens: rebuilt from the events) ride on the next commit
     */
    public record Embedded(Path dataDir, String fileName, String uriFileName, int port, boolean fsync,
                           Duration retention, boolean compress, Set<String> durableCollections) {

        public Path dataFile() {
            return dataDir.resolve(fileName).toAbsolutePath().normalize();
        }

        public Path uriFile() {
            return dataDir.resolve(uriFileName).toAbsolutePath().normalize();
        }
    }
}
