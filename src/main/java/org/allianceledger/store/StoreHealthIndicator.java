package org.allianceledger.store;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;

/** {@code /actuator/health} component "store": up when the database answers a ping, with which engine serves it. */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final LedgerStore store;
    private final MongoDatabase database;

    StoreHealthIndicator(LedgerStore store, MongoDatabase database) {
        super("MongoDB store check failed");
        this.store = store;
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("database", store.databaseName());
        store.embedded().ifPresentOrElse(
                embedded -> builder.withDetail("engine", "embedded")
                        .withDetail("dataFile", embedded.dataFile().toString())
                        .withDetail("dataFileBytes", embedded.fileSizeBytes())
                        .withDetail("port", embedded.port()),
                () -> builder.withDetail("engine", "external").withDetail("hosts", store.hosts()));
        database.runCommand(new Document("ping", 1));
        builder.up();
    }
}
