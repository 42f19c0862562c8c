package org.allianceledger.integrity;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.allianceledger.cli.VerbFailure;

import org.allianceledger.governance.GovernanceBodyCommand.ChangeGovernanceBodyTerms;
import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

/**
 * Someone with the database edits the record behind the ledger's back: changes an event, deletes
 * one, deletes a stream's last after a seal, reorders two, swaps two positions, writes documents that
 * are no readable event. Verify names each break. Each test puts the documents back afterwards, so
 * the shared store stays whole.
 */
@LedgerServiceTest
class TamperEvidenceTest {

    private static final String EVENTS = "events";
    /** Far past any position the ledger writes, so its readers never meet the corrupt documents. */
    private static final long FAR_POSITION = 1_000_000_000_000L;

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    ConfigurableApplicationContext context;

    private LedgerHttp auditor;
    private MongoCollection<Document> events;
    private final List<Document> originals = new ArrayList<>();
    private final List<Object> inserted = new ArrayList<>();
    private String board;

    @BeforeEach
    void recordABoardWithThreeEvents(TestInfo test) throws Exception {
        String base = "http://127.0.0.1:" + port;
        auditor = new LedgerHttp(base, TestUsers.AUDITOR);
        events = database.getCollection(EVENTS);
        board = "tamper-" + test.getTestMethod().orElseThrow().getName().toLowerCase();
        LedgerHttp recorder = new LedgerHttp(base, TestUsers.RECORDER);
        assertThat(recorder.post("/api/commands/establish-governance-body", new EstablishGovernanceBody(
                board, "Tamper Board", List.of("PCCs"), null, "monthly", null, on("2016"))).status()).isEqualTo(200);
        assertThat(recorder.post("/api/commands/change-governance-body-terms",
                new ChangeGovernanceBodyTerms(board, null, null, "quarterly", null, on("2017"))).status()).isEqualTo(200);
        assertThat(recorder.post("/api/commands/change-governance-body-terms",
                new ChangeGovernanceBodyTerms(board, null, null, "annually", null, on("2018"))).status()).isEqualTo(200);
        events.find(eq("aggregateIdentifier", board)).into(originals);
        assertThat(originals).hasSize(3);
        assertThat(verify().get("breaks").findValuesAsText("aggregateId")).doesNotContain(board);
    }

    @AfterEach
    void putTheRecordBack() {
        events.deleteMany(in("_id", inserted));
        events.deleteMany(eq("aggregateIdentifier", board));
        events.insertMany(originals);
    }

    private JsonNode verify() throws Exception {
        LedgerHttp.Response report = auditor.get("/api/integrity/verify");
        assertThat(report.status()).isEqualTo(200);
        return report.json();
    }

    private List<JsonNode> breaksOfBoard() throws Exception {
        JsonNode report = verify();
        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("firstBreak").isNull()).isFalse();
        List<JsonNode> found = new ArrayList<>();
        report.get("breaks").forEach(b -> {
            if (board.equals(b.get("aggregateId").asText()) || b.get("problem").asText().contains(board)) {
                found.add(b);
            }
        });
        return found;
    }

    private Document event(long sequence) {
        return originals.stream().filter(e -> e.get("sequenceNumber", Number.class).longValue() == sequence).findFirst().orElseThrow();
    }

    @Test
    void aChangedEventIsNamedWithTheHashExpectedAndFound() throws Exception {
        events.updateOne(eq("_id", event(1).get("_id")), Updates.set("serializedPayload.cadence", "weekly"));

        assertThat(breaksOfBoard()).singleElement().satisfies(found -> {
            assertThat(found.get("eventId").asText()).isEqualTo(event(1).getString("eventIdentifier"));
            assertThat(found.get("sequence").asLong()).isEqualTo(1);
            assertThat(found.get("problem").asText()).isEqualTo("content changed since it was recorded");
            assertThat(found.get("found").asText()).isEqualTo(metadataHash(event(1)));
            assertThat(found.get("expected").asText()).hasSize(64).isNotEqualTo(found.get("found").asText());
        });
    }

    @Test
    void aChangeWhoseHashWasRecomputedBreaksTheNextLink() throws Exception {
        events.updateOne(eq("_id", event(1).get("_id")), Updates.combine(Updates.set("serializedPayload.cadence", "weekly"),
                Updates.set("serializedMetaData.hash", "f".repeat(64))));

        assertThat(breaksOfBoard()).extracting(b -> b.get("sequence").asLong(), b -> b.get("problem").asText())
                .contains(tuple(2L, "link to the previous event broken"));
    }

    @Test
    void aDeletedEventIsNamedAtTheGapItLeaves() throws Exception {
        events.deleteOne(eq("_id", event(1).get("_id")));

        assertThat(breaksOfBoard()).singleElement().satisfies(found -> {
            assertThat(found.get("eventId").asText()).isEqualTo(event(2).getString("eventIdentifier"));
            assertThat(found.get("problem").asText()).isEqualTo("events missing before this one");
            assertThat(found.get("expected").asText()).isEqualTo("sequence 1");
            assertThat(found.get("found").asText()).isEqualTo("sequence 2");
        });
    }

    @Test
    void aDeletedLastEventIsNamedByTheSealThatCoveredIt() throws Exception {
        assertThat(auditor.postRaw("/api/integrity/seal", null).json().get("sealed").asBoolean()).isTrue();
        events.deleteOne(eq("_id", event(2).get("_id")));

        assertThat(breaksOfBoard()).singleElement().satisfies(found -> {
            assertThat(found.get("aggregateId").asText()).isEqualTo(IntegritySealed.STREAM);
            assertThat(found.get("problem").asText()).isEqualTo("sealed event of " + board + " at sequence 2 is gone");
            assertThat(found.get("expected").asText()).isEqualTo(metadataHash(event(2)));
        });
    }

    @Test
    void reorderedEventsAreBothNamed() throws Exception {
        Object first = event(0).get("_id");
        Object second = event(1).get("_id");
        events.updateOne(eq("_id", first), Updates.set("sequenceNumber", 99L));
        events.updateOne(eq("_id", second), Updates.set("sequenceNumber", 0L));
        events.updateOne(eq("_id", first), Updates.set("sequenceNumber", 1L));

        // Both moved events no longer hash as recorded, and the event after them links to the wrong one.
        assertThat(breaksOfBoard()).extracting(b -> b.get("eventId").asText(), b -> b.get("problem").asText()).containsExactly(
                tuple(event(1).getString("eventIdentifier"), "content changed since it was recorded"),
                tuple(event(0).getString("eventIdentifier"), "content changed since it was recorded"),
                tuple(event(2).getString("eventIdentifier"), "link to the previous event broken"));
    }

    @Test
    void aTimestampChangedBelowTheMillisecondIsNamed() throws Exception {
        Instant recorded = Instant.parse(event(1).getString("timestamp"));
        Instant changed = recorded.truncatedTo(ChronoUnit.MILLIS).plusNanos(recorded.getNano() % 1_000_000 == 123_000 ? 456_000 : 123_000);
        events.updateOne(eq("_id", event(1).get("_id")), Updates.set("timestamp", changed.toString()));

        assertThat(breaksOfBoard()).extracting(b -> b.get("sequence").asLong(), b -> b.get("problem").asText())
                .containsExactly(tuple(1L, "content changed since it was recorded"));
    }

    @Test
    void eventsSwappedBetweenStorePositionsAreNamed() throws Exception {
        events.deleteMany(in("_id", List.of(event(1).get("_id"), event(2).get("_id"))));
        events.insertMany(List.of(new Document(event(1)).append("_id", event(2).get("_id")),
                new Document(event(2)).append("_id", event(1).get("_id"))));

        assertThat(breaksOfBoard()).singleElement().satisfies(found -> {
            assertThat(found.get("eventId").asText()).isEqualTo(event(2).getString("eventIdentifier"));
            assertThat(found.get("problem").asText()).isEqualTo("stored before the previous event of its stream");
            assertThat(found.get("position").asLong()).isEqualTo(event(1).getLong("_id"));
            assertThat(found.get("expected").asText()).isEqualTo("a position after " + event(2).get("_id"));
        });
    }

    @Test
    void everyUnreadableDocumentIsABreakAndTheOtherEventsAreStillChecked() throws Exception {
        events.updateOne(eq("_id", event(1).get("_id")), Updates.set("serializedPayload.cadence", "weekly"));
        Map<Long, String> problems = new LinkedHashMap<>();
        problems.put(corrupt("payload", copy -> copy.put("serializedPayload", "{\"cadence\": weekly")),
                "unreadable: serializedPayload is not JSON");
        problems.put(corrupt("metadata-not-object", copy -> copy.put("serializedMetaData", "[1, 2]")),
                "unreadable: serializedMetaData is not an object");
        problems.put(corrupt("no-metadata", copy -> copy.remove("serializedMetaData")), "unreadable: serializedMetaData is missing");
        problems.put(corrupt("no-stream", copy -> copy.remove("aggregateIdentifier")), "unreadable: aggregateIdentifier is missing");
        problems.put(corrupt("no-sequence", copy -> copy.remove("sequenceNumber")), "unreadable: sequenceNumber is missing");
        problems.put(corrupt("text-sequence", copy -> copy.put("sequenceNumber", "two")), "unreadable: sequenceNumber is not a whole number");
        problems.put(corrupt("bad-timestamp", copy -> copy.put("timestamp", "yesterday")), "unreadable: timestamp is not an instant");
        problems.put(corrupt("numeric-id", copy -> copy.put("eventIdentifier", 42)), "unreadable: eventIdentifier is not text");
        long second = corrupt("second", copy -> copy.put("aggregateIdentifier", board));
        String nowhere = "nowhere-" + board;
        Document atNoPosition = new Document(event(2)).append("_id", nowhere).append("eventIdentifier", nowhere);
        atNoPosition.remove("streamPosition");
        events.insertOne(atNoPosition);
        inserted.add(nowhere);

        JsonNode report = verify();
        assertThat(report.get("ok").asBoolean()).isFalse();
        problems.forEach((position, problem) -> assertThat(report.get("breaks")).as(problem)
                .anySatisfy(found -> {
                    assertThat(found.get("position").asLong()).isEqualTo(position);
                    assertThat(found.get("problem").asText()).isEqualTo(problem);
                }));
        assertThat(report.get("breaks")).as("a document at no position of the log")
                .anySatisfy(found -> assertThat(found.get("problem").asText()).isEqualTo("stored at no position of the log: 1 document(s)"));
        assertThat(report.get("breaks")).filteredOn(found -> found.get("position").asLong() == FAR_POSITION)
                .singleElement().satisfies(found -> assertThat(found.get("eventId").asText()).isEqualTo("corrupt-payload-" + board));
        assertThat(breaksOfBoard()).extracting(b -> b.get("sequence").asLong(), b -> b.get("problem").asText(), b -> b.get("position").asLong())
                .containsExactly(tuple(1L, "content changed since it was recorded", event(1).getLong("_id")),
                        tuple(2L, "a second event at this stream position", second));

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new VerifyIntegrityVerb().run(context, "all", new PrintStream(output, true, StandardCharsets.UTF_8)))
                .isInstanceOf(VerbFailure.class);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains(problems.values())
                .contains("(event corrupt-payload-" + board + ", position " + FAR_POSITION + "): unreadable: serializedPayload is not JSON")
                .contains(board + " #1 (event " + event(1).getString("eventIdentifier") + ", position " + event(1).get("_id")
                        + "): content changed since it was recorded")
                .contains(board + " #2 (event corrupt-second-" + board + ", position " + second + "): a second event at this stream position");
    }

    /**
     * Stores a copy of the board's last event, changed, at a position of its own, in a stream of its
     * own (unless changed), without the unique keys that would refuse it.
     */
    private long corrupt(String kind, Consumer<Document> change) {
        long position = FAR_POSITION + inserted.size();
        Document copy = new Document(event(2)).append("_id", position).append("eventIdentifier", "corrupt-" + kind + "-" + board)
                .append("aggregateIdentifier", board + "-" + kind);
        copy.remove("streamPosition");
        change.accept(copy);
        events.insertOne(copy);
        inserted.add(position);
        return position;
    }

    private static String metadataHash(Document event) {
        return event.get("serializedMetaData", Document.class).getString("hash");
    }
}
