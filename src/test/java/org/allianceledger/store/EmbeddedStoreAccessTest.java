package org.allianceledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/** The embedded engine serves only clients that sign in with the password of its current start. */
class EmbeddedStoreAccessTest {

    private static final int UNAUTHORIZED = 13;

    @TempDir
    Path temporary;

    private EmbeddedMongoServer store;

    @BeforeEach
    void start() {
        store = EmbeddedMongoServer.start(settings());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aClientWithoutThePasswordCanNeitherListNorWrite() throws IOException {
        try (MongoClient stranger = client("mongodb://127.0.0.1:" + store.port())) {
            MongoDatabase database = stranger.getDatabase("allianceledger");
            assertThatThrownBy(() -> database.listCollectionNames().into(new ArrayList<>()))
                    .isInstanceOfSatisfying(MongoCommandException.class,
                            e -> assertThat(e.getErrorCode()).isEqualTo(UNAUTHORIZED));
            assertThatThrownBy(() -> database.getCollection("events").insertOne(new Document("_id", 0)))
                    .isInstanceOfSatisfying(MongoCommandException.class,
                            e -> assertThat(e.getErrorCode()).isEqualTo(UNAUTHORIZED));
            assertThatThrownBy(() -> database.getCollection("events").drop())
                    .isInstanceOf(MongoCommandException.class);
        }
        try (MongoClient owner = client(Files.readString(store.uriFile()))) {
            assertThat(owner.getDatabase("allianceledger").listCollectionNames().into(new ArrayList<>()))
                    .as("nothing was written").doesNotContain("events");
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        try (MongoClient guesser = client("mongodb://ledger:guess@127.0.0.1:" + store.port() + "/")) {
            assertThatThrownBy(() -> guesser.getDatabase("allianceledger").listCollectionNames().into(new ArrayList<>()))
                    .isInstanceOf(MongoSecurityException.class);
        }
    }

    @Test
    void theOwnerSignsInWithTheConnectionFileWhetherOrNotTheMechanismIsNamed() throws IOException {
        String uri = Files.readString(store.uriFile());
        for (String connectionString : new String[] {uri, uri + "?authMechanism=SCRAM-SHA-256"}) {
            try (MongoClient owner = client(connectionString)) {
                var events = owner.getDatabase("allianceledger").getCollection("events");
                events.insertOne(new Document("mechanism", connectionString.contains("authMechanism")));
                assertThat(events.countDocuments()).isPositive();
            }
        }
    }

    @Test
    void theConnectionFileIsOwnerOnlyAndItsPasswordLastsOneStart() throws IOException {
        Path uriFile = store.uriFile();
        assertThat(uriFile.getParent()).isEqualTo(temporary.resolve("data").toAbsolutePath().normalize());
        assertThat(Files.getPosixFilePermissions(uriFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(uriFile.getParent())).as("the data folder it created")
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE);
        String first = Files.readString(uriFile);

        store.close();
        assertThat(uriFile).as("deleted with the start whose password it holds").doesNotExist();
        store = EmbeddedMongoServer.start(settings());
        String second = Files.readString(uriFile);
        assertThat(String.valueOf(new ConnectionString(second).getPassword()))
                .isNotEqualTo(String.valueOf(new ConnectionString(first).getPassword()));

        String stale = first.replaceFirst(":\\d+/$", ":" + store.port() + "/");
        try (MongoClient withTheOldPassword = client(stale)) {
            assertThatThrownBy(() -> withTheOldPassword.getDatabase("allianceledger").listCollectionNames().into(new ArrayList<>()))
                    .isInstanceOf(MongoSecurityException.class);
        }
    }

    private StoreProperties.Embedded settings() {
        return new StoreProperties.Embedded(temporary.resolve("data"), "ledger.mv.db", "store.uri", 0, false, Duration.ofSeconds(60),
                true, Set.of("events"));
    }

    private static MongoClient client(String uri) {
        return MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }
}
