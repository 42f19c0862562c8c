package org.allianceledger.readmodel;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

import org.allianceledger.alliance.DatePrecision;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.alliance.Subject;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A view's state as {@link StateOutput} wrote it, read in the same order. */
public final class StateInput {

    private final DataInputStream in;
    private final ObjectMapper json;
    private final List<Object> shared = new ArrayList<>();
    /** The places of the shared values a view read itself, not only within another (a subject's id, a source's document). */
    private final BitSet readByView = new BitSet();

    /** @param json the mapper of the ledger's serializer, which the events were written with */
    public StateInput(InputStream in, ObjectMapper json) {
        this.in = new DataInputStream(in);
        this.json = json;
    }

    public int count() throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int next = in.readUnsignedByte();
            value |= (next & 0x7F) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("A count runs past five bytes");
    }

    public long longNumber() throws IOException {
        return in.readLong();
    }

    public int intNumber() throws IOException {
        return in.readInt();
    }

    /** One of {@code values}, or null, as {@link StateOutput#choice} wrote it. */
    public <E extends Enum<E>> E choice(E[] values) throws IOException {
        int choice = count();
        if (choice > values.length) {
            throw new IOException("No value " + choice + " among " + values.length);
        }
        return choice == 0 ? null : values[choice - 1];
    }

    public String text() throws IOException {
        int length = count();
        if (length == 0) {
            return null;
        }
        byte[] bytes = new byte[length - 1];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public byte[] bytes() throws IOException {
        byte[] bytes = new byte[count()];
        in.readFully(bytes);
        return bytes;
    }

    /** An event as {@link StateOutput#event} wrote it; one of another type than {@code type} is refused before it is read. */
    public <E extends RecordedDecision> E event(Class<E> type) throws IOException {
        String name = sharedWithin(String.class);
        Class<?> written;
        try {
            written = Class.forName(name, false, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IOException("No event type " + name, e);
        }
        if (!type.isAssignableFrom(written)) {
            throw new IOException(name + " is not a " + type.getSimpleName());
        }
        return type.cast(json.readValue(bytes(), written));
    }

    /** A shared value of type {@code type}, the same instance wherever it was the same when written. */
    public <T> T shared(Class<T> type) throws IOException {
        int place = place();
        if (place >= 0) {
            readByView.set(place);
        }
        return valueAt(place, type);
    }

    /** A shared value the view did not ask for itself: one within another, an event's type. */
    private <T> T sharedWithin(Class<T> type) throws IOException {
        return valueAt(place(), type);
    }

    private <T> T valueAt(int place, Class<T> type) throws IOException {
        Object value = place < 0 ? null : shared.get(place);
        if (value != null && !type.isInstance(value)) {
            throw new IOException("A shared value is a " + value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    /** A shared list of texts, unmodifiable. */
    @SuppressWarnings("unchecked")
    public List<String> sharedTexts() throws IOException {
        return (List<String>) shared(List.class);
    }

    /**
     * The shared values the view read itself, in the order first written: for it to hold them as its
     * vocabulary again (the values within them, as a subject's id, it did not share when it first held them).
     */
    public List<Object> sharedValues() {
        return readByView.stream().mapToObj(shared::get).toList();
    }

    /** The place of the next shared value, read here where this is its first writing; -1 for null. */
    private int place() throws IOException {
        int place = count();
        if (place <= shared.size()) {
            return place - 1;
        }
        if (place != shared.size() + 1) {
            throw new IOException("Shared value " + place + " read before value " + (shared.size() + 1));
        }
        int at = shared.size();
        shared.add(null); // its place, taken before any values within it
        StateOutput.Kind[] kinds = StateOutput.Kind.values();
        int kind = in.readUnsignedByte();
        if (kind >= kinds.length) {
            throw new IOException("No kind of shared value " + kind);
        }
        Object value = switch (kinds[kind]) { // the values within are read after this one's place is taken
            case TEXT -> text();
            case TEXTS -> {
                int size = count();
                List<String> texts = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    texts.add(sharedWithin(String.class));
                }
                yield Collections.unmodifiableList(texts);
            }
            case SUBJECT -> new Subject(sharedWithin(String.class), sharedWithin(String.class));
            case SOURCE -> new SourceRef(sharedWithin(String.class), sharedWithin(PartialDate.class), sharedWithin(String.class), text());
            case PARTIAL_DATE -> new PartialDate(LocalDate.ofEpochDay(in.readLong()), choice(DatePrecision.values()));
            case DATE -> LocalDate.ofEpochDay(in.readLong());
        };
        shared.set(at, value);
        return at;
    }
}
