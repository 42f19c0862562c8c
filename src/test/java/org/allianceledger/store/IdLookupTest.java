package org.allianceledger.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The embedded engine answers a query by a list of ids from its document map, not through the id
 * index: the same documents as the stock engine, whatever the ids' numeric types, duplicates,
 * absences, projection, order or limit.
 */
class IdLookupTest {

    private final List<AutoCloseable> opened = new ArrayList<>();
    private final MongoCollection<Document> stock = collection(new H2Backend(new MVStore.Builder().open()));
    private final MongoCollection<Document> ours = collection(new DurableH2Backend(new MVStore.Builder().open(), false, Set.of(), new StoreHeads()));

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable each : opened) {
            each.close();
        }
    }

    @Test
    void aQueryByIdsFindsWhatTheStockEngineFinds() {
        for (MongoCollection<Document> collection : List.of(stock, ours)) {
            List<Document> documents = new ArrayList<>();
            LongStream.range(0, 50).forEach(id -> documents.add(new Document("_id", id).append("n", id % 7)));
            documents.add(new Document("_id", 50).append("n", 1)); // an int, as another tool may store it
            documents.add(new Document("_id", 51.0).append("n", 2));
            documents.add(new Document("_id", "a").append("n", 3));
            collection.insertMany(documents);
        }
        List<Object> ids = new ArrayList<>(LongStream.range(40, 60).boxed().toList());
        ids.addAll(List.of(41L, 45L, "a", "b", 3, 4.0));

        assertSameAnswer(collection -> collection.find(in("_id", ids)));
        assertSameAnswer(collection -> collection.find(in("_id", ids)).projection(Projections.include("_id")));
        List<Document> sorted = ours.find(in("_id", ids)).sort(Sorts.descending("n", "_id")).limit(5).into(new ArrayList<>());
        assertThat(sorted).as("in the order asked for")
                .containsExactlyElementsOf(stock.find(in("_id", ids)).sort(Sorts.descending("n", "_id")).limit(5).into(new ArrayList<>()));
        assertSameAnswer(collection -> collection.find(in("_id", List.of(60L, 61L))));
        assertThat(ours.find(in("_id", ids)).into(new ArrayList<>())).extracting(document -> document.get("_id"))
                .as("found as stored, as given or as another numeric type")
                .containsExactlyInAnyOrder(40L, 41L, 42L, 43L, 44L, 45L, 46L, 47L, 48L, 49L, 50, 51.0, "a", 3L, 4L);
    }

    @Test
    void anyOtherQueryIsTheStockEnginesOwn() {
        for (MongoCollection<Document> collection : List.of(stock, ours)) {
            collection.insertMany(LongStream.range(0, 20).mapToObj(id -> new Document("_id", id).append("n", id % 3)).toList());
        }
        Bson idsAndMore = and(in("_id", List.of(1L, 2L, 3L, 4L)), in("n", List.of(1L)));

        assertSameAnswer(collection -> collection.find(idsAndMore));
        assertSameAnswer(collection -> collection.find(in("n", List.of(0L, 2L))));
        assertThat(ours.find(idsAndMore).into(new ArrayList<>())).extracting(document -> document.get("_id")).containsExactly(1L, 4L);
    }

    private void assertSameAnswer(Function<MongoCollection<Document>, FindIterable<Document>> query) {
        List<Document> expected = query.apply(stock).into(new ArrayList<>());
        List<Document> actual = query.apply(ours).into(new ArrayList<>());
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    private MongoCollection<Document> collection(MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
        opened.add(client);
        opened.add(server::shutdownNow);
        return client.getDatabase("test").getCollection("documents");
    }
}
