package org.allianceledger.store;

import java.util.Optional;

import com.mongodb.ConnectionString;

/** The MongoDB endpoint the service uses, and the embedded engine behind it when there is one. */
public final class LedgerStore implements AutoCloseable {

    private final ConnectionString connectionString;
    private final String databaseName;
    private final EmbeddedMongoServer embedded;

    private LedgerStore(ConnectionString connectionString, String databaseName, EmbeddedMongoServer embedded) {
        this.connectionString = connectionString;
        this.databaseName = databaseName;
        this.embedded = embedded;
    }

    static LedgerStore external(ConnectionString connectionString, String defaultDatabase) {
        String database = connectionString.getDatabase() != null ? connectionString.getDatabase() : defaultDatabase;
        return new LedgerStore(connectionString, database, null);
    }

    static LedgerStore embedded(EmbeddedMongoServer server, String database) {
        return new LedgerStore(server.clientConnectionString(), database, server);
    }

    /** With the embedded engine, this start's password is in it: its {@code toString()} is not for messages, {@link #hosts()} is. */
    public ConnectionString connectionString() {
        return connectionString;
    }

    public String databaseName() {
        return databaseName;
    }

    public String hosts() {
        return String.join(",", connectionString.getHosts());
    }

    public Optional<EmbeddedMongoServer> embedded() {
        return Optional.ofNullable(embedded);
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
