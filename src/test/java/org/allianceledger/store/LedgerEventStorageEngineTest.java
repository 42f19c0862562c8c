package org.allianceledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/** What our engine promises beyond Axon's contract: positions shared safely by several processes, and no reader stuck or skipping. */
class LedgerEventStorageEngineTest {

    private static final InMemoryEventStore STORE = new InMemoryEventStore();

    private final MongoDatabase database = STORE.freshDatabase();
    private final MongoCollection<Document> events = database.getCollection("events");

    @AfterAll
    static void stopEngine() {
        STORE.close();
    }

    @Test
    void twoProcessesAppendingAtOnceStoreEveryEventOnceAndReadersSeeThemAll() throws Exception {
        // Two engines on one collection behave as two service instances: each reserves positions on its own.
        List<LedgerEventStorageEngine> instances = List.of(engine(), engine());
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
            LedgerEventStorageEngine instance = instances.get(writer % 2);
            String stream = "stream-" + writer;
            work.add(writers.submit(() -> {
                for (int sequence = 0; sequence < 50; sequence += 2) {
                    instance.appendEvents(event(stream, sequence), event(stream, sequence + 1));
                }
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        writers.shutdown();

        List<? extends TrackedEventMessage<?>> read = engine().readEvents(null, false).toList();
        assertThat(read).hasSize(200);
        assertThat(read.stream().map(EventMessage::getIdentifier).distinct()).hasSize(200);
        for (int writer = 0; writer < 4; writer++) {
            String stream = "stream-" + writer;
            assertThat(read.stream().filter(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier().equals(stream))
                    .map(e -> ((DomainEventMessage<?>) e).getSequenceNumber()).toList())
                    .as("each stream in order in the global sequence").isSorted().hasSize(50);
            assertThat(instances.get(0).readEvents(stream).asStream().count()).isEqualTo(50);
        }
        assertThat(instances.get(1).headPosition()).isEqualTo(events.countDocuments() - 1);
    }

    @Test
    void aRefusedAppendLeavesAVoidThatReadersPassOver() {
        LedgerEventStorageEngine engine = engine();
        engine.appendEvents(event("board", 0), event("board", 1));

        assertThatThrownBy(() -> engine.appendEvents(event("board", 1))).isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(event("board", 2));

        assertThat(events.countDocuments(new Document(LedgerEventStorageEngine.VOID, true))).isEqualTo(1);
        assertThat(engine.readEvents(null, false).map(e -> ((DomainEventMessage<?>) e).getSequenceNumber()).toList())
                .containsExactly(0L, 1L, 2L);
        assertThat(engine.readEvents("board").asStream().count()).isEqualTo(3);
    }

    /** A tracking read never passes a void it ends on, so a head there could never be reached: the head is the newest event. */
    @Test
    void theHeadIsTheNewestEventNotAVoidAfterIt() {
        LedgerEventStorageEngine engine = engine();
        engine.appendEvents(event("board", 0), event("board", 1));
        assertThatThrownBy(() -> engine.appendEvents(event("board", 1))).isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(event("board", 1))).isInstanceOf(ConcurrencyException.class);

        assertThat(engine.headPosition()).as("every position holds its document").isEqualTo(3);
        assertThat(engine.createHeadToken().position()).hasValue(1);
        engine.appendEvents(event("board", 2));
        assertThat(engine.createHeadToken().position()).hasValue(4);
    }

    /**
     * A write that completed while an earlier position was still being written (by this instance or
     * another) lies past the unbroken run: a read that began after it must wait for it, so the head is
     * that event, not the end of the run.
     */
    @Test
    void theHeadIsTheNewestEventPastAPositionStillBeingWritten() {
        engine().appendEvents(event("board", 0), event("board", 1), event("board", 2));
        events.deleteOne(new Document("_id", 1L)); // as if its writer had reserved position 1 and not yet inserted
        LedgerEventStorageEngine engine = engine(); // another instance: the writer knows what it wrote

        assertThat(engine.headPosition()).as("the unbroken run").isZero();
        assertThat(engine.createHeadToken().position()).hasValue(2);
    }

    /** An instance that knows the head already finds another's writes, next to it, far past it, and past a position still being written. */
    @Test
    void theHeadFollowsAnotherInstancesWritesNearAndFarPastTheHeadItKnows() {
        LedgerEventStorageEngine reader = engine();
        LedgerEventStorageEngine writer = engine();
        writer.appendEvents(event("board", 0), event("board", 1), event("board", 2));
        assertThat(reader.createHeadToken().position()).hasValue(2);

        writer.appendEvents(event("board", 3));
        assertThat(reader.createHeadToken().position()).hasValue(3);

        writer.appendEvents(LongStream.range(4, 304).mapToObj(sequence -> event("board", sequence)).toList());
        assertThat(reader.createHeadToken().position()).as("past two batches of positions from the head it knew").hasValue(303);
        assertThat(reader.headPosition()).isEqualTo(303);

        writer.appendEvents(event("board", 304), event("board", 305));
        events.deleteOne(new Document("_id", 304L)); // as if its writer had reserved position 304 and not yet inserted
        assertThat(reader.createHeadToken().position()).hasValue(305);
        assertThat(reader.headPosition()).as("the unbroken run").isEqualTo(303);
    }

    /** Far behind another instance's writes, the head is found by batches that grow, and the end found is kept for the next read. */
    @Test
    void aReadOfTheHeadFarBehindTakesAFewQueriesAndTheNextReadOne() {
        LedgerEventStorageEngine reader = engine();
        LedgerEventStorageEngine writer = engine();
        writer.appendEvents(event("board", 0));
        assertThat(reader.createHeadToken().position()).hasValue(0);
        writer.appendEvents(LongStream.range(1, 5_001).mapToObj(sequence -> event("board", sequence)).toList());

        long before = STORE.finds(database);
        assertThat(reader.createHeadToken().position()).hasValue(5_000);
        assertThat(STORE.finds(database) - before).as("queries for 5,000 positions (by 64 at a time: 79)").isLessThan(20);
        before = STORE.finds(database);
        assertThat(reader.createHeadToken().position()).hasValue(5_000);
        assertThat(STORE.finds(database) - before).as("queries once the head is known").isEqualTo(1);
    }

    /**
     * Where the embedded engine runs in the same process it sees every write, from any instance: a read
     * learns the head from it, not by a query, and the store is asked again once a write may have removed documents.
     */
    @Test
    void theHeadTheEngineSawWrittenIsKnownWithoutAQueryAndAskedAgainAfterARemoval() {
        LedgerEventStorageEngine reader = engine(builder -> builder.storeHead(STORE.head(database)));
        LedgerEventStorageEngine writer = engine(); // another instance, writing through the same engine
        writer.appendEvents(event("board", 0), event("board", 1), event("board", 2));
        assertThat(reader.createHeadToken().position()).as("asked of the store once").hasValue(2);

        long before = STORE.finds(database);
        for (int read = 0; read < 10; read++) {
            assertThat(reader.createHeadToken().position()).hasValue(2);
        }
        assertThat(STORE.finds(database) - before).as("queries while nothing is written").isZero();

        writer.appendEvents(LongStream.range(3, 503).mapToObj(sequence -> event("board", sequence)).toList());
        before = STORE.finds(database);
        assertThat(reader.createHeadToken().position()).as("far past the head it knew").hasValue(502);
        assertThat(STORE.finds(database) - before).as("at most the look-up of the newest event (not a void) at the new head")
                .isLessThanOrEqualTo(1);

        writer.appendEvents(event("board", 503), event("board", 504));
        events.deleteOne(new Document("_id", 503L)); // as if its writer had reserved position 503 and not yet inserted
        assertThat(reader.createHeadToken().position()).as("asked again: past a position still being written").hasValue(504);
        events.deleteOne(new Document("_id", 504L));
        assertThat(reader.createHeadToken().position()).as("asked again after the removal").hasValue(502);
        writer.appendEvents(event("other", 0));
        assertThat(reader.createHeadToken().position()).as("known again, past what was removed")
                .hasValue(events.find().sort(new Document("_id", -1)).first().getLong("_id"));
    }

    @Test
    void aPositionLeftEmptyByAWriterThatDiedIsFilledAfterTheGapTimeoutAndNothingIsSkipped() throws Exception {
        LedgerEventStorageEngine engine = engine();
        engine.appendEvents(event("board", 0), event("board", 1), event("board", 2));
        events.deleteOne(new Document("_id", 1L)); // as if its writer had reserved position 1 and died before inserting

        assertThat(engine.readEvents(null, false).toList()).as("a reader waits at the gap").hasSize(1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(engine.readEvents(null, false).map(e -> ((DomainEventMessage<?>) e).getSequenceNumber()).toList())
                        .as("after the timeout the gap is void and the reader goes on").containsExactly(0L, 2L));
        assertThat(events.find(new Document("_id", 1L)).first()).containsEntry(LedgerEventStorageEngine.VOID, true);
    }

    @Test
    void aCommandLoadsItsAggregateByKeyHoweverLargeTheRecord() {
        LedgerEventStorageEngine engine = engine();
        List<DomainEventMessage<?>> others = new ArrayList<>();
        for (int n = 0; n < 2_000; n++) {
            others.add(event("other-" + n, 0));
        }
        engine.appendEvents(others);
        engine.appendEvents(event("board", 0), event("board", 1));

        assertThat(engine.readEvents("board", 1).asStream().map(DomainEventMessage::getSequenceNumber).toList()).containsExactly(1L);
        assertThat(engine.headPosition()).isEqualTo(2_001);
        assertThat(engine().headPosition()).as("a new process finds the head by search").isEqualTo(2_001);
    }

    /** Streams are asked for a few events first, then twice as many while each ask comes back full: none is missed at any length. */
    @Test
    void aStreamOfAnyLengthLoadsWholeAndInOrder() {
        LedgerEventStorageEngine engine = engine(builder -> builder.batchSize(100));
        for (int length : List.of(1, 15, 16, 17, 48, 100, 101, 250)) {
            List<DomainEventMessage<?>> stream = new ArrayList<>();
            for (int sequence = 0; sequence < length; sequence++) {
                stream.add(event("stream-" + length, sequence));
            }
            engine.appendEvents(stream);
        }

        for (int length : List.of(1, 15, 16, 17, 48, 100, 101, 250)) {
            assertThat(engine.readEvents("stream-" + length).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                    .as("a stream of %d events", length).containsExactlyElementsOf(sequences(0, length));
            assertThat(engine.readEvents("stream-" + length, length / 3).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                    .as("a stream of %d events from its %dth", length, length / 3).containsExactlyElementsOf(sequences(length / 3, length));
        }
    }

    @Test
    void theDocumentsAtPositionsHoldTheEventsATrackingReadGivesThereVoidsAndEmptyPositionsLeftOut() {
        LedgerEventStorageEngine engine = engine();
        for (int sequence = 0; sequence < 2_500; sequence += 100) {
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (int next = sequence; next < sequence + 100; next++) {
                batch.add(event("long", next));
            }
            engine.appendEvents(batch);
            if (sequence == 1_200) {
                assertThatThrownBy(() -> engine.appendEvents(event("long", 5))).isInstanceOf(ConcurrencyException.class);
            }
        }
        Map<Long, TrackedEventMessage<?>> tracked = new HashMap<>();
        engine.readEvents(null, false).forEach(event -> tracked.put(event.trackingToken().position().orElseThrow(), event));
        long voidPosition = events.find(new Document(LedgerEventStorageEngine.VOID, true)).first().getLong(LedgerEventStorageEngine.POSITION);
        List<Long> asked = new ArrayList<>(LongStream.rangeClosed(0, 2_600).filter(position -> position % 2 == 0 || position == voidPosition)
                .boxed().toList());
        Collections.shuffle(asked, new Random(18));

        EventEntryConfiguration fields = EventEntryConfiguration.getDefault();
        List<Document> found = engine.documentsAt(asked, fields.eventIdentifierProperty(), fields.sequenceNumberProperty());
        List<Document> whole = engine.documentsAt(asked.subList(0, 10));

        assertThat(found).extracting(document -> document.getLong(LedgerEventStorageEngine.POSITION))
                .as("in store order, more than a batch of a thousand, the void and the positions past the head left out")
                .containsExactlyElementsOf(asked.stream().filter(tracked::containsKey).sorted().toList());
        assertThat(found).hasSizeGreaterThan(1_000).allSatisfy(document -> {
            TrackedEventMessage<?> there = tracked.get(document.getLong(LedgerEventStorageEngine.POSITION));
            assertThat(document.keySet()).as("the fields asked for and the position, nothing else")
                    .containsExactlyInAnyOrder(LedgerEventStorageEngine.POSITION, fields.eventIdentifierProperty(), fields.sequenceNumberProperty());
            assertThat(document.getString(fields.eventIdentifierProperty())).isEqualTo(there.getIdentifier());
            assertThat(document.get(fields.sequenceNumberProperty(), Number.class).longValue())
                    .isEqualTo(((DomainEventMessage<?>) there).getSequenceNumber());
        });
        assertThat(whole).as("whole where no field is named").isNotEmpty().allSatisfy(document -> assertThat(document)
                .containsKeys(fields.payloadProperty(), fields.metaDataProperty(), fields.timestampProperty())
                .containsEntry(fields.eventIdentifierProperty(), tracked.get(document.getLong(LedgerEventStorageEngine.POSITION)).getIdentifier()));
    }

    private static List<Long> sequences(long from, long to) {
        return LongStream.range(from, to).boxed().toList();
    }

    private LedgerEventStorageEngine engine(UnaryOperator<LedgerEventStorageEngine.Builder> customization) {
        return STORE.engine(database, customization);
    }

    private LedgerEventStorageEngine engine() {
        return engine(UnaryOperator.identity());
    }

    private static DomainEventMessage<?> event(String stream, long sequence) {
        return new GenericDomainEventMessage<>("Board", stream, sequence, "event " + sequence);
    }
}
