package org.allianceledger.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.DataUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The single-node embedded engine: mongo-java-server over an H2 MVStore file, listening on
 * 127.0.0.1 only. Used when no MongoDB URI is configured.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final Path dataFile;
    private final MVStore mvStore;
    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(Path dataFile, MVStore mvStore, MongoServer server, InetSocketAddress address) {
        this.dataFile = dataFile;
        this.mvStore = mvStore;
        this.server = server;
        this.address = address;
    }

    public static EmbeddedMongoServer start(StoreProperties.Embedded settings) {
        Path dataFile = settings.dataFile();
        ensureWritable(dataFile.getParent());
        MVStore mvStore = open(dataFile, settings.compress());
        mvStore.setRetentionTime(Math.toIntExact(settings.retention().toMillis()));
        MongoServer server = new MongoServer(new DurableH2Backend(mvStore, settings.fsync(), settings.durableCollections()));
        try {
            server.bind(LOOPBACK, settings.port());
            InetSocketAddress address = server.getLocalAddress();
            EmbeddedMongoServer embedded = new EmbeddedMongoServer(dataFile, mvStore, server, address);
            log.info("Embedded single-node MongoDB engine (mongo-java-server, H2 MVStore): data in {}, "
                    + "listening on {}:{}. Configure MONGODB_URI to use a MongoDB replica set instead.",
                    dataFile, LOOPBACK, address.getPort());
            return embedded;
        } catch (RuntimeException e) {
            server.shutdownNow();
            mvStore.close();
            throw new StoreStartupException("The embedded engine could not listen on " + LOOPBACK + ":"
                    + settings.port() + ": " + rootMessage(e), e);
        }
    }

    private static void ensureWritable(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path probe = Files.createTempFile(dataDir, ".write-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StoreStartupException("The data folder " + dataDir + " is not writable ("
                    + rootMessage(e) + "). Choose another folder with ledger.embedded.data-dir.", e);
        }
    }

    private static MVStore open(Path dataFile, boolean compress) {
        MVStore.Builder builder = new MVStore.Builder().fileName(dataFile.toString());
        if (compress) {
            builder.compress();
        }
        try {
            return builder.open();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED || isLockConflict(e)) {
                throw new StoreStartupException("The data file " + dataFile + " is locked by another running "
                        + "Alliance Ledger instance. Stop it, or point ledger.embedded.data-dir elsewhere.", e);
            }
            throw new StoreStartupException("The data file " + dataFile + " could not be opened: "
                    + rootMessage(e), e);
        }
    }

    private static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.OverlappingFileLockException) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    public String connectionString() {
        return "mongodb://" + LOOPBACK + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    public Path dataFile() {
        return dataFile;
    }

    public long fileSizeBytes() {
        try {
            return Files.size(dataFile);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        server.shutdownNow(); // closes the backend, which commits and closes the MVStore
        if (!mvStore.isClosed()) {
            mvStore.close();
        }
        log.info("Embedded engine closed; data in {}", dataFile);
    }
}
