package org.allianceledger.savings;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Money;
import org.allianceledger.savings.SavingsLedgerEvent.ForecastTakenFromBusinessCase;
import org.allianceledger.store.LedgerSerializer;
import org.allianceledger.support.LedgerServiceTest;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/** A forecast stored at revision 1, before it carried its case's version, loads through the service's upcasters. */
@LedgerServiceTest
class ForecastRevisionsTest {

    private static final ForecastTakenFromBusinessCase RECORDED = new ForecastTakenFromBusinessCase("savings-ict",
            "cam-ict-forecast", "bc-ict", 3, Force.CAM, null, Money.ofThousands(2202), on("2015-10"));

    @Autowired
    Configuration axon;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Test
    void aForecastStoredBeforeItCarriedItsCaseVersionLoadsWithNoVersion() throws Exception {
        ObjectNode payload = (ObjectNode) LedgerSerializer.JSON.readTree(serializer.serialize(RECORDED, String.class).getData());
        payload.remove("caseVersion");

        ForecastTakenFromBusinessCase loaded = load(payload.toString(), "1");

        assertThat(loaded.caseVersion()).isNull();
        assertThat(loaded).usingRecursiveComparison().ignoringFields("caseVersion").isEqualTo(RECORDED);
    }

    /**
     * As the engine reads a stored event, as tokens: the upcaster reads them as a tree, and the read models
     * write their line from the upcast event as tokens again, at the revision it was upcast to.
     */
    @Test
    void aForecastStoredBeforeItCarriedItsCaseVersionUpcastsFromTheTokensTheStoreIsReadAs() throws Exception {
        ObjectNode payload = (ObjectNode) LedgerSerializer.JSON.readTree(serializer.serialize(RECORDED, String.class).getData());
        payload.remove("caseVersion");

        IntermediateEventRepresentation upcast = upcast(tokens(payload), "1", tokens(LedgerSerializer.JSON.createObjectNode()));
        SerializedObject<TokenBuffer> line = serializer.getConverter().convert(upcast.getData(), TokenBuffer.class);

        ForecastTakenFromBusinessCase loaded = serializer.deserialize(upcast.getData());
        assertThat(loaded.caseVersion()).isNull();
        assertThat(loaded).usingRecursiveComparison().ignoringFields("caseVersion").isEqualTo(RECORDED);
        assertThat(line.getType().getRevision()).isEqualTo("2");
        Object written = LedgerSerializer.JSON.readTree(line.getData().asParser());
        assertThat(written).isEqualTo(payload.putNull("caseVersion"));
    }

    @Test
    void aForecastOfTheCurrentRevisionLoadsWithItsVersionUntouched() {
        assertThat(load(serializer.serialize(RECORDED, String.class).getData(), "2")).isEqualTo(RECORDED);
    }

    private ForecastTakenFromBusinessCase load(String payload, String revision) {
        return serializer.deserialize(upcast(payload, revision, "{}").getData());
    }

    private <T> IntermediateEventRepresentation upcast(T payload, String revision, T metaData) {
        GenericDomainEventEntry<T> stored = new GenericDomainEventEntry<>("SavingsLedger", "savings-ict", 0, "event-1",
                Instant.parse("2019-01-01T00:00:00Z"), "ForecastTakenFromBusinessCase", revision, payload, metaData);
        List<IntermediateEventRepresentation> upcast = axon.upcasterChain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private static TokenBuffer tokens(JsonNode tree) throws Exception {
        TokenBuffer tokens = new TokenBuffer(LedgerSerializer.JSON, false);
        LedgerSerializer.JSON.writeTree(tokens, tree);
        return tokens;
    }
}
