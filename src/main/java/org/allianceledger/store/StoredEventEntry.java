package org.allianceledger.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * An event as the engine reads it from its document. Its timestamp, written as {@link Instant#toString}
 * writes it (UTC, a four-digit year, no fraction or one of up to nine digits), is read by its fixed
 * places; any other form goes to Axon's parser, as before. That parser (Java's general date-time
 * parser) took a sixth of the reading thread of a replay. A payload and metadata read as
 * {@linkplain StoredEventCodec tokens} are handed on as tokens.
 */
final class StoredEventEntry extends EventEntry {

    private static final int[] NANOS_PER_DIGIT = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private final Object timestamp;
    private final Object payload;
    private final Object metaData;

    StoredEventEntry(Document document, EventEntryConfiguration fields) {
        super(document, fields);
        this.timestamp = document.get(fields.timestampProperty());
        this.payload = document.get(fields.payloadProperty());
        this.metaData = document.get(fields.metaDataProperty());
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public SerializedObject<Object> getPayload() {
        SerializedObject<Object> stored = super.getPayload();
        return payload instanceof TokenBuffer tokens ? new SimpleSerializedObject(tokens, TokenBuffer.class, stored.getType()) : stored;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public SerializedObject<Object> getMetaData() {
        return metaData instanceof TokenBuffer tokens ? new SerializedMetaData(tokens, TokenBuffer.class) : super.getMetaData();
    }

    @Override
    public Instant getTimestamp() {
        Instant read = timestamp instanceof String text ? utc(text) : null;
        return read != null ? read : super.getTimestamp();
    }

    /** {@code text} as an instant where it is written as {@link Instant#toString} writes a year 0-9999; null otherwise. */
    static Instant utc(String text) {
        int length = text.length();
        if (length < 20 || length == 21 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || length > 20 && text.charAt(19) != '.') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = length == 20 ? 0 : digits(text, 20, length - 1);
        if ((year | month | day | hour | minute | second | fraction) < 0) {
            return null;
        }
        try {
            int nano = length == 20 ? 0 : fraction * NANOS_PER_DIGIT[length - 21];
            return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null; // a day or time out of range: the parser says so
        }
    }

    /** The decimal number {@code text[from, to)}, or -1 where a character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
