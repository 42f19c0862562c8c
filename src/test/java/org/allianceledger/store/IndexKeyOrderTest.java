package org.allianceledger.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** Unique-index keys keep the stock order, so a store's indexes read the same whichever backend wrote them. */
class IndexKeyOrderTest {

    @TempDir
    Path folder;

    @Test
    void keysSortAsTheStockTypeSortsThem() {
        Random random = new Random(18);
        List<KeyValue> keys = new ArrayList<>();
        for (int n = 0; n < 2_000; n++) {
            keys.add(switch (n % 5) {
                case 0 -> new KeyValue("b" + random.nextInt(500) + "/" + random.nextInt(20));
                case 1 -> new KeyValue((double) random.nextInt(100_000));
                case 2 -> new KeyValue(random.nextLong());
                case 3 -> new KeyValue("x".repeat(random.nextInt(300)), (double) random.nextInt(9));
                default -> new KeyValue(new de.bwaldvogel.mongo.bson.Document("nested", random.nextInt(50)));
            });
        }
        IndexKeyOrder ours = new IndexKeyOrder();
        ObjectDataType stock = new ObjectDataType();

        for (int round = 0; round < 2; round++) { // the second time from the bytes it kept
            List<KeyValue> byOurs = keys.stream().sorted(ours::compare).toList();
            assertThat(byOurs).isEqualTo(keys.stream().sorted(stock::compare).toList());
        }
        assertThat(IntStream.range(1, keys.size()).map(n -> Integer.signum(ours.compare(keys.get(n - 1), keys.get(n)))))
                .containsExactlyElementsOf(IntStream.range(1, keys.size()).map(n -> Integer.signum(stock.compare(keys.get(n - 1), keys.get(n)))).boxed().toList());
    }

    @Test
    void aStoreWrittenByTheStockBackendReadsAndRefusesDuplicatesAsBefore() {
        Path file = folder.resolve("store.mv.db");
        withCollection(new H2Backend(MVStore.open(file.toString())), events -> {
            events.createIndex(Indexes.ascending("streamPosition"), new IndexOptions().unique(true).sparse(true));
            events.insertMany(IntStream.range(0, 3_000).mapToObj(n -> new Document("_id", (long) n).append("streamPosition", "b" + n / 10 + "/" + n % 10)).toList());
            return null;
        });

        withCollection(new DurableH2Backend(MVStore.open(file.toString()), false, Set.of(), new StoreHeads()), events -> {
            assertThat(events.find(eq("streamPosition", "b123/4")).first()).extracting(document -> document.get("_id")).isEqualTo(1234L);
            assertThat(events.find(in("streamPosition", List.of("b7/0", "b7/9", "b300/0"))).into(new ArrayList<>()))
                    .extracting(document -> document.get("_id")).containsExactlyInAnyOrder(70L, 79L);
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 5_000L).append("streamPosition", "b299/9")))
                    .isInstanceOf(MongoWriteException.class);
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 2_999).append("streamPosition", "new/0")))
                    .as("the same position as another numeric type").isInstanceOf(MongoWriteException.class);
            events.insertOne(new Document("_id", 3_000L).append("streamPosition", "b300/0"));
            return null;
        });

        withCollection(new H2Backend(MVStore.open(file.toString())), events -> {
            assertThat(events.find(eq("streamPosition", "b300/0")).first()).as("and the stock backend reads what it wrote")
                    .extracting(document -> document.get("_id")).isEqualTo(3_000L);
            assertThat(events.countDocuments()).isEqualTo(3_001);
            return null;
        });
    }

    private static void withCollection(MongoBackend backend, Function<MongoCollection<Document>, Void> work) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            work.apply(client.getDatabase("ledger").getCollection("events"));
        } finally {
            server.shutdown();
        }
    }
}
