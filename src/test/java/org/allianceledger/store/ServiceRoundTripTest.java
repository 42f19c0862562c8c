package org.allianceledger.store;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.allianceledger.governance.GovernanceBodyCommand.ChangeGovernanceBodyTerms;
import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

@LedgerServiceTest
class ServiceRoundTripTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private LedgerHttp http;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp("http://127.0.0.1:" + port);
    }

    @Test
    void aCommandIsAnsweredWithItsVersionAndItsEventsCanBeRead() throws Exception {
        var created = http.post("/api/commands/establish-governance-body", new EstablishGovernanceBody(
                "round-trip-board", "Round Trip Board", List.of("Chief Constables"), null, "monthly", null, on("2016")));
        var changed = http.post("/api/commands/change-governance-body-terms",
                new ChangeGovernanceBodyTerms("round-trip-board", null, null, "quarterly", null, on("2017")));

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("aggregateId").asText()).isEqualTo("round-trip-board");
        assertThat(created.json().get("version").asLong()).isZero();
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);

        var stream = http.get("/api/streams/round-trip-board");
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.json().findValuesAsText("type"))
                .containsExactly("GovernanceBodyEstablished", "GovernanceBodyTermsChanged");
        assertThat(stream.json().get(1).at("/payload/cadence").asText()).isEqualTo("quarterly");
        assertThat(stream.json().get(0).at("/metadata/recorder").asText()).isEqualTo("clerk");
    }

    @Test
    void storedEventsAreReadableJsonWithTypeNameAndRevision() throws Exception {
        http.post("/api/commands/establish-governance-body", new EstablishGovernanceBody(
                "stored-form-board", "Stored Form Board", List.of("PCCs"), null, null, null, on("2015-06")));

        Document stored = database.getCollection("events")
                .find(Filters.eq("aggregateIdentifier", "stored-form-board")).first();

        assertThat(stored).isNotNull();
        assertThat(stored.getString("payloadType")).isEqualTo("GovernanceBodyEstablished");
        assertThat(stored.getString("payloadRevision")).isEqualTo("1");
        Document payload = stored.get("serializedPayload", Document.class);
        assertThat(payload.getString("name")).isEqualTo("Stored Form Board");
        assertThat(payload.get("decision", Document.class).getString("decidedOn")).isEqualTo("2015-06");
    }

    @Test
    void theFrontDoorIsThePagesAndTheyLeadToTheBrowsableApiDescription() throws Exception {
        var home = http.get("/", "text/html");
        var docs = http.get("/v3/api-docs");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("href=\"/swagger-ui.html\"");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/paths").has("/api/commands/sign-section22-agreement")).isTrue();
    }

    @Test
    void healthReportsTheEmbeddedStore() throws Exception {
        var health = http.get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().at("/components/store/status").asText()).isEqualTo("UP");
        assertThat(health.json().at("/components/store/details/engine").asText()).isEqualTo("embedded");
    }
}
