package org.allianceledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.allianceledger.support.LedgerServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import com.mongodb.client.MongoDatabase;

@LedgerServiceTest
class CollectionIndexesTest {

    @Autowired
    MongoDatabase database;

    @Autowired
    CollectionIndexes indexes;

    @Autowired
    ObjectProvider<OwnedCollection> owned;

    @Test
    void startUpCreatesTheUniqueIndexesOfTheEventAndTokenStores() {
        assertThat(uniqueIndexKeys("events"))
                .contains(new Document("streamPosition", 1), new Document("eventIdentifier", 1));
        assertThat(uniqueIndexKeys("trackingtokens"))
                .contains(new Document("processorName", 1).append("segment", 1));
    }

    @Test
    void everyOwnedCollectionHasItsIndexes() {
        assertThat(owned.stream()).allSatisfy(collection -> assertThat(indexNames(collection.name()))
                .containsAll(collection.indexes().stream()
                        .map(index -> index.getOptions().getName())
                        .filter(name -> name != null)
                        .toList()));
    }

    @Test
    void creatingIndexesAgainChangesNothing() {
        List<Document> before = allIndexes();

        indexes.afterSingletonsInstantiated();

        assertThat(allIndexes()).isEqualTo(before);
    }

    private List<Document> uniqueIndexKeys(String collection) {
        return database.getCollection(collection).listIndexes().into(new ArrayList<>()).stream()
                .filter(index -> index.getBoolean("unique", false))
                .map(index -> index.get("key", Document.class))
                .toList();
    }

    private List<String> indexNames(String collection) {
        return database.getCollection(collection).listIndexes().into(new ArrayList<>()).stream()
                .map(index -> index.getString("name"))
                .toList();
    }

    private List<Document> allIndexes() {
        List<Document> all = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            all.addAll(database.getCollection(name).listIndexes().into(new ArrayList<>()));
        }
        return all;
    }
}
