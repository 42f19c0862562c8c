package org.allianceledger.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.UUID;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** A store written by the version that kept read models in the store loses their rows and tokens at start, and nothing else. */
class RetiredChangeLogsTest {

    @Test
    void theStoredRowsAndTokensOfTheEarlierReadModelsAreDroppedAndNothingElse() {
        MongoServer server = new MongoServer(new H2Backend(new MVStore.Builder().open()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase database = client.getDatabase("retired-" + UUID.randomUUID());
            RetiredChangeLogs.COLLECTIONS.forEach(name -> database.getCollection(name).insertOne(new Document("key", "x")));
            database.getCollection("events").insertOne(new Document("_id", 0L));
            database.getCollection("trackingtokens").insertMany(java.util.List.of(
                    new Document("processorName", ReadModels.PROCESSING_GROUP).append("segment", 0),
                    new Document("processorName", "integrity").append("segment", 0)));

            new RetiredChangeLogs(database);

            assertThat(database.listCollectionNames().into(new HashSet<>())).containsExactlyInAnyOrder("events", "trackingtokens");
            assertThat(database.getCollection("trackingtokens").find().map(token -> token.getString("processorName")))
                    .containsExactly("integrity");
            assertThat(database.getCollection("events").countDocuments()).isOne();
        } finally {
            server.shutdownNow();
        }
    }
}
