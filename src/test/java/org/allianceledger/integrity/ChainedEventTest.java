package org.allianceledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The hash's two formats: events recorded before the full-precision timestamp still hash, and verify, as they were recorded. */
class ChainedEventTest {

    private static final Instant RECORDED_AT = Instant.parse("2026-11-23T10:00:00.123456789Z");

    private static ChainedEvent event(String metadata) {
        return new ChainedEvent("e-1", "board", 0, "BodyEstablished", "1", RECORDED_AT, CanonicalJson.read("{\"name\":\"Board\"}"),
                CanonicalJson.read(metadata), 7L);
    }

    @Test
    void anEventRecordedBeforeTheFormatHashesItsTimestampInMilliseconds() {
        String canonical = "{\"aggregateId\":\"board\",\"eventId\":\"e-1\",\"metadata\":{\"recorder\":\"r\"},\"payload\":{\"name\":\"Board\"},"
                + "\"revision\":\"1\",\"sequence\":0,\"timestamp\":1795428000123,\"type\":\"BodyEstablished\"}";
        ChainedEvent old = event("{\"recorder\":\"r\"}");

        assertThat(old.canonical()).isEqualTo(canonical);
        assertThat(old.hash(ChainedEvent.GENESIS)).isEqualTo(ChainedEvent.sha256(ChainedEvent.GENESIS + "\n" + canonical));
    }

    @Test
    void anEventOfTheFullPrecisionFormatHashesItsTimestampToTheNanosecond() {
        ChainedEvent recorded = event("{\"recorder\":\"r\",\"hashFormat\":2}");
        ChainedEvent shifted = new ChainedEvent(recorded.eventId(), recorded.aggregateId(), 0, recorded.type(), recorded.revision(),
                RECORDED_AT.plusNanos(1), recorded.payload(), recorded.metadata(), 7L);

        assertThat(recorded.canonical()).contains("\"timestamp\":\"2026-11-23T10:00:00.123456789Z\"");
        assertThat(shifted.hash(ChainedEvent.GENESIS)).isNotEqualTo(recorded.hash(ChainedEvent.GENESIS));
    }

    @Test
    void bothFormatsVerifyThroughABundleLine() {
        for (String metadata : List.of("{\"recorder\":\"r\"}", "{\"recorder\":\"r\",\"hashFormat\":2}")) {
            ChainedEvent unlinked = event(metadata);
            String hash = unlinked.hash(ChainedEvent.GENESIS);
            ChainedEvent linked = event(metadata.replace("}", ",\"hash\":\"" + hash + "\",\"previousHash\":\"" + ChainedEvent.GENESIS + "\"}"));

            IntegrityReport report = IntegrityCheck.verify(List.of(ChainedEvent.fromJsonLine(linked.toJsonLine())), List.of());

            assertThat(report.ok()).as(metadata + ": " + report.breaks()).isTrue();
        }
    }
}
