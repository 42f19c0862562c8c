package org.allianceledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;

/** What the embedded engine's view of a collection's head takes from the commands it serves. */
class StoreHeadsTest {

    private static final Document DONE = new Document("ok", 1.0);

    private final StoreHeads heads = new StoreHeads();
    private final StoreHeads.Head events = heads.head("ledger", "events");

    @Test
    void unknownUntilAQueryBegunSinceSaysWhereTheHeadIsThenRaisedByWholeInserts() {
        assertThat(events.newest()).isEmpty();
        heads.served("ledger", "insert", insert("events", 7, 8), DONE); // while unknown: kept for what a query finds
        events.learned(events.generation(), 5);
        assertThat(events.newest()).as("the higher of the query's and the inserts'").hasValue(8);

        heads.served("ledger", "insert", insert("events", 9, 12, 10), DONE);
        assertThat(events.newest()).hasValue(12);
        heads.served("ledger", "insert", insert("other", 40), DONE);
        heads.served("other", "insert", insert("events", 41), DONE);
        heads.served("ledger", "find", new Document("find", "events"), DONE);
        assertThat(events.newest()).as("other collections and databases, and reads, change nothing").hasValue(12);
    }

    @Test
    void anyWriteThatMayHaveRemovedOrFailedUnsettlesItAndAQueryBegunBeforeThatIsNotLearned() {
        for (Served unsettling : List.of(
                new Served("insert", insert("events", 13), new Document("ok", 1.0).append("writeErrors", List.of(new Document()))),
                new Served("insert", insert("events", 13), new Document("ok", 0)),
                new Served("delete", new Document("delete", "events"), DONE),
                new Served("update", new Document("update", "events"), DONE),
                new Served("findAndModify", new Document("findAndModify", "events"), DONE),
                new Served("drop", new Document("drop", "events"), DONE),
                new Served("dropDatabase", new Document("dropDatabase", 1), DONE),
                new Served("renameCollection", new Document("renameCollection", "ledger.old").append("to", "ledger.events"), DONE))) {
            events.learned(events.generation(), 12);
            assertThat(events.newest()).hasValue(12);
            long begun = events.generation();

            heads.served("ledger", unsettling.command(), unsettling.query(), unsettling.response());

            assertThat(events.newest()).as(unsettling.command()).isEqualTo(OptionalLong.empty());
            events.learned(begun, 12);
            assertThat(events.newest()).as("a query begun before the " + unsettling.command()).isEmpty();
        }
    }

    private record Served(String command, Document query, Document response) {
    }

    private static Document insert(String collection, long... positions) {
        return new Document("insert", collection).append("documents",
                Arrays.stream(positions).mapToObj(position -> new Document("_id", position)).toList());
    }
}
