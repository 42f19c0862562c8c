package org.allianceledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A stored event's timestamp reads as Axon's parser reads it, whichever form it is written in. */
class StoredEventEntryTest {

    private static final EventEntryConfiguration FIELDS = EventEntryConfiguration.getDefault();

    @Test
    void instantsAsTheEngineWritesThemReadAsAxonReadsThem() {
        Random random = new Random(18);
        Instant first = Instant.parse("0000-01-01T00:00:00Z");
        Instant last = Instant.parse("9999-12-31T23:59:59.999999999Z");
        long seconds = last.getEpochSecond() - first.getEpochSecond();
        for (int n = 0; n < 20_000; n++) {
            Instant instant = first.plusSeconds(Math.floorMod(random.nextLong(), seconds)).plusNanos(random.nextInt(1_000_000_000));
            // Instant.toString writes no fraction, or three, six or nine digits, as the nanoseconds need.
            Instant written = switch (n % 4) {
                case 0 -> instant.truncatedTo(ChronoUnit.SECONDS);
                case 1 -> instant.truncatedTo(ChronoUnit.MILLIS);
                case 2 -> instant.truncatedTo(ChronoUnit.MICROS);
                default -> instant;
            };
            String text = written.toString();
            assertThat(StoredEventEntry.utc(text)).as(text).isEqualTo(written).isEqualTo(DateTimeUtils.parseInstant(text));
            assertThat(entry(text).getTimestamp()).as(text).isEqualTo(written);
        }
    }

    @Test
    void otherFormsGoToAxonsParser() {
        for (String text : List.of("2016-03-01T10:15:30+01:00", "2016-03-01T10:15:30.5Z", "2016-03-01T10:15:30.1234567Z",
                "2016-03-01t10:15:30z", "+10000-01-01T00:00:00Z", "2016-03-01T10:15:30.Z")) {
            assertThat(entry(text).getTimestamp()).as(text).isEqualTo(DateTimeUtils.parseInstant(text));
        }
        assertThat(StoredEventEntry.utc("2016-03-01T10:15:30+01:00")).isNull();
        assertThat(StoredEventEntry.utc("+10000-01-01T00:00:00Z")).isNull();
    }

    @Test
    void timestampsAxonRefusesAreRefusedStill() {
        for (String text : List.of("2016-02-30T10:15:30Z", "2016-03-01T24:00:00Z", "2016-03-01T10:15:60Z",
                "2016-03-01T10:15:30.1234567890Z", "2016-13-01T10:15:30Z", "2016-03-01T1a:15:30Z", "2016-03-01 10:15:30Z")) {
            assertThat(StoredEventEntry.utc(text)).as(text).isNull();
            assertThatThrownBy(() -> entry(text).getTimestamp()).as(text).isInstanceOf(RuntimeException.class);
        }
    }

    /** A stored event's document, as the engine writes one, with the timestamp given. */
    private static StoredEventEntry entry(String timestamp) {
        Document document = new Document(FIELDS.aggregateIdentifierProperty(), "b1")
                .append(FIELDS.typeProperty(), "Body")
                .append(FIELDS.sequenceNumberProperty(), 0L)
                .append(FIELDS.eventIdentifierProperty(), "e1")
                .append(FIELDS.timestampProperty(), timestamp)
                .append(FIELDS.payloadTypeProperty(), String.class.getName())
                .append(FIELDS.payloadRevisionProperty(), null)
                .append(FIELDS.payloadProperty(), "\"payload\"")
                .append(FIELDS.metaDataProperty(), "{}");
        return new StoredEventEntry(document, FIELDS);
    }
}
