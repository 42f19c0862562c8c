package org.allianceledger.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.DataUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The single-node embedded engine: mongo-java-server over an H2 MVStore file, listening on
 * 127.0.0.1 only. Used when no MongoDB URI is configured.
 *
 * <p>Loopback is open to every local user, so a client must sign in (SCRAM-SHA-256, user
 * {@code ledger}) with a password made at each start. Its connection string is written to a file in
 * the data folder that only this OS user may read: the service, {@code serve-store}'s instances and
 * the owner's {@code mongosh} read it there.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    private static final String LOOPBACK = "127.0.0.1";
    /** The one user the engine knows; its password is made afresh at every start. */
    private static final String USER = "ledger";

    private final Path dataFile;
    private final Path uriFile;
    private static final int HOUSEKEEPING_DELAY_MILLIS = 1_000;

    private final MVStore mvStore;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final ConnectionString clientConnectionString;
    private final StoreHeads heads;

    private EmbeddedMongoServer(Path dataFile, Path uriFile, MVStore mvStore, MongoServer server,
                                InetSocketAddress address, ConnectionString clientConnectionString, StoreHeads heads) {
        this.heads = heads;
        this.dataFile = dataFile;
        this.uriFile = uriFile;
        this.mvStore = mvStore;
        this.server = server;
        this.address = address;
        this.clientConnectionString = clientConnectionString;
    }

    public static EmbeddedMongoServer start(StoreProperties.Embedded settings) {
        Path dataFile = settings.dataFile();
        ensureWritable(dataFile.getParent());
        MVStore mvStore = open(dataFile, settings.compress());
        mvStore.setRetentionTime(Math.toIntExact(settings.retention().toMillis()));
        // The engine's housekeeping (committing writes no one waits for, rewriting half-empty chunks)
        // waits until the service has started: on a large store it would take a core from the start.
        mvStore.setAutoCommitDelay(0);
        // Made after the data file is locked, so that a second start on the same folder, which fails
        // on the lock, never replaces the password of the store that is running.
        SecureRandom random = new SecureRandom();
        String password = newPassword(random);
        StoreHeads heads = new StoreHeads();
        MongoServer server = new MongoServer(new AuthenticatingBackend(
                new DurableH2Backend(mvStore, settings.fsync(), settings.durableCollections(), heads),
                new ScramSha256Server(USER, password, random), USER));
        InetSocketAddress address;
        try {
            server.bind(LOOPBACK, settings.port());
            address = server.getLocalAddress();
        } catch (RuntimeException e) {
            server.shutdownNow();
            mvStore.close();
            throw new StoreStartupException("The embedded engine could not listen on " + LOOPBACK + ":"
                    + settings.port() + ": " + rootMessage(e), e);
        }
        ConnectionString client = new ConnectionString(
                "mongodb://" + USER + ":" + password + "@" + LOOPBACK + ":" + address.getPort() + "/");
        Path uriFile = settings.uriFile();
        try {
            writeOwnerOnly(uriFile, client.getConnectionString());
        } catch (IOException e) {
            server.shutdownNow();
            mvStore.close();
            throw new StoreStartupException("The embedded engine could not write its connection file " + uriFile
                    + " (" + rootMessage(e) + ").", e);
        }
        log.info("Embedded single-node MongoDB engine (mongo-java-server, H2 MVStore): data in {}, "
                + "listening on {}:{} for user {} with this start's password (connection string in {}, "
                + "readable by this OS user only). Configure MONGODB_URI to use a MongoDB replica set instead.",
                dataFile, LOOPBACK, address.getPort(), USER, uriFile);
        return new EmbeddedMongoServer(dataFile, uriFile, mvStore, server, address, client, heads);
    }

    /** The head of {@code collection} in {@code database} as this engine sees every write to it, followed from now on. */
    StoreHeads.Head head(String database, String collection) {
        return heads.head(database, collection);
    }

    /** Starts the engine's housekeeping, held back while the service starts: H2's own delay between its rounds. */
    public void startHousekeeping() {
        mvStore.setAutoCommitDelay(HOUSEKEEPING_DELAY_MILLIS);
    }

    /** 256 random bits in base64url: nothing in it needs escaping in a URI, nor SASLprep in SCRAM. */
    private static String newPassword(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Written whole or not at all (a reader never sees half a password), and created owner-only
     * rather than narrowed afterwards, so that no other user can open it in between.
     */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), ".store-uri", ".tmp",
                ownerOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        try {
            Files.writeString(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where the file system has POSIX permissions; elsewhere the folder's access rules apply. */
    private static FileAttribute<?>[] ownerOnly(PosixFilePermission... permissions) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(EnumSet.copyOf(List.of(permissions)))};
    }

    /** A folder it creates is the owner's alone: the data file is made with the umask, often readable by all. */
    private static void ensureWritable(Path dataDir) {
        try {
            Files.createDirectories(dataDir, ownerOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE));
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

    /** Where it listens, without the password: for messages. */
    public String connectionString() {
        return "mongodb://" + LOOPBACK + ":" + address.getPort();
    }

    /** With this start's password: for the service's own client. Its {@code toString()} shows the password. */
    ConnectionString clientConnectionString() {
        return clientConnectionString;
    }

    /** The owner-only file that holds {@link #clientConnectionString()}, for the owner's other tools. */
    public Path uriFile() {
        return uriFile;
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
        try {
            Files.deleteIfExists(uriFile); // its password died with this start
        } catch (IOException e) {
            log.warn("The connection file {} could not be deleted: {}", uriFile, rootMessage(e));
        }
        log.info("Embedded engine closed; data in {}", dataFile);
    }
}
