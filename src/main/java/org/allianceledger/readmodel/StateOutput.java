package org.allianceledger.readmodel;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.alliance.Subject;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A view's state as bytes: numbers, text, {@linkplain #shared values many rows share}, each written
 * once and then referred to by its place, so that they read back as one instance again, and
 * {@linkplain #event events} as the ledger's serializer writes them.
 */
public final class StateOutput {

    private final DataOutputStream out;
    private final ObjectMapper json;
    private final Map<Object, Integer> written = new IdentityHashMap<>();

    /** @param json the mapper of the ledger's serializer, which the events are written with */
    public StateOutput(OutputStream out, ObjectMapper json) {
        this.out = new DataOutputStream(out);
        this.json = json;
    }

    /** A non-negative number, in one to five bytes. */
    public void count(int value) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("A count is not negative: " + value);
        }
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out.writeByte((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.writeByte(rest);
    }

    public void number(long value) throws IOException {
        out.writeLong(value);
    }

    public void number(int value) throws IOException {
        out.writeInt(value);
    }

    /** One of an enum's values, or null. */
    public void choice(Enum<?> value) throws IOException {
        count(value == null ? 0 : value.ordinal() + 1);
    }

    /** Text of a row's own, or null. */
    public void text(String text) throws IOException {
        if (text == null) {
            count(0);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        count(bytes.length + 1);
        out.write(bytes);
    }

    public void bytes(byte[] bytes, int length) throws IOException {
        count(length);
        out.write(bytes, 0, length);
    }

    /** An event as a view holds it: its class (shared), then its JSON as the store holds its payload. */
    public void event(RecordedDecision event) throws IOException {
        shared(event.getClass().getName());
        byte[] payload = json.writeValueAsBytes(event);
        bytes(payload, payload.length);
    }

    /**
     * A value rows share (text, a list of texts, a subject, a source, a date), or null: written the
     * first time, its place in the order of first writing after that; read back as one instance.
     */
    public void shared(Object value) throws IOException {
        if (value == null) {
            count(0);
            return;
        }
        Integer place = written.get(value);
        if (place != null) {
            count(place + 1);
            return;
        }
        count(written.size() + 1);
        written.put(value, written.size());
        switch (value) {
            case String text -> {
                out.writeByte(Kind.TEXT.ordinal());
                text(text);
            }
            case List<?> texts -> {
                out.writeByte(Kind.TEXTS.ordinal());
                count(texts.size());
                for (Object text : texts) {
                    shared(text);
                }
            }
            case Subject subject -> {
                out.writeByte(Kind.SUBJECT.ordinal());
                shared(subject.type());
                shared(subject.id());
            }
            case SourceRef source -> {
                out.writeByte(Kind.SOURCE.ordinal());
                shared(source.document());
                shared(source.date());
                shared(source.paragraph());
                text(source.quote());
            }
            case PartialDate date -> {
                out.writeByte(Kind.PARTIAL_DATE.ordinal());
                out.writeLong(date.earliest().toEpochDay());
                choice(date.precision());
            }
            case LocalDate date -> {
                out.writeByte(Kind.DATE.ordinal());
                out.writeLong(date.toEpochDay());
            }
            default -> throw new IllegalArgumentException("No shared value of " + value.getClass());
        }
    }

    /** What a shared value is, as its first writing says. */
    enum Kind {
        TEXT, TEXTS, SUBJECT, SOURCE, PARTIAL_DATE, DATE
    }

    public void flush() throws IOException {
        out.flush();
    }
}
