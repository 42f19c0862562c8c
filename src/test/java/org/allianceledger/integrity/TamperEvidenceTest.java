package org.allianceledger.integrity;

import static com.mongodb.client.model.Filters.eq;
import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

/**
 * Someone with the database edits the record behind the ledger's back: changes an event, deletes
 * one, deletes a stream's last after a seal, reorders two. Verify names each break. Each test puts
 * the documents back afterwards, so the shared store stays whole.
 */
@LedgerServiceTest
class TamperEvidenceTest {

    private static final String EVENTS = "events";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private LedgerHttp auditor;
    private MongoCollection<Document> events;
    private final List<Document> originals = new ArrayList<>();
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

    private static String metadataHash(Document event) {
        return event.get("serializedMetaData", Document.class).getString("hash");
    }
}
