package org.allianceledger.readmodel;

import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.allianceledger.alliance.Features;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * The events this instance's read models were built from, to a position of the store, kept in a file
 * beside it: a start folds them from the file, then the store's later events, and the processor tails
 * the store from there. One JSON line an event, its payload and metadata as the serializer
 * writes them; the first line names the file's format and the event types and revisions it was written
 * with. A file written in another format or with other types, or whose last event is not the store's
 * at that position (another store, a store restored from a backup), is discarded and the read models
 * built from the store. Only one instance writes a file: another on the same folder builds its read
 * models from the store at each start.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
class ReadModelSnapshot implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadModelSnapshot.class);
    private static final TypeReference<Map<String, Object>> METADATA = new TypeReference<>() {
    };
    private static final Read CUT_SHORT = new Read(-1, null, null);
    private static final Unneeded ALL_NEEDED = (position, type, revision) -> false;
    private static final String FLUSH = ReadModelSnapshot.class.getName() + ".flush";

    private final Path file;
    private final Serializer serializer;
    private final EventStorageEngine store;
    private final Views views;
    private final ObjectMapper mapper;
    /** Each payload type's reader, made once: a reader per value would look its type up again each time. */
    private final Map<String, ObjectReader> payloadReaders = new ConcurrentHashMap<>();
    private final ObjectReader metadataReader;
    private final String header;
    private final FileLock lock;
    /** The states of the views that keep one, beside the file; null where this instance keeps no file. */
    private final ViewStates states;
    private OutputStream writer;
    private CompletableFuture<Folded> early;
    /** The position and id of the last event the views hold: what their states cover when written. */
    private long coveredPosition = -1;
    private String coveredEventId;
    /** How many events the file holds through that position (a line written again by a retried batch counted once). */
    private long coveredCount;
    /** How often the states are written while the service runs (null: only at the stop), and when and through which position they last were. */
    private final Duration statesEvery;
    private long statesWrittenAt = System.nanoTime();
    private long statesPosition = -1;

    /** One event as the file holds it. */
    record Line(long position, String eventId, String aggregateType, String aggregateId, long sequence, long epochSecond, int nano,
                String type, String revision, TokenBuffer payload, TokenBuffer metadata) {
    }

    ReadModelSnapshot(ReadModelProperties properties, Serializer serializer, EventStorageEngine store, ApplicationContext context,
                      Features features) {
        this.file = properties.snapshotFile();
        this.statesEvery = properties.statesEvery();
        this.serializer = serializer;
        this.store = store;
        // The ledger's serializer is Jackson's: lines are read and written with its mapper, so they read as the store does.
        this.mapper = ((JacksonSerializer) serializer).getObjectMapper();
        this.metadataReader = mapper.readerFor(METADATA);
        this.views = new Views(context.getBeansWithAnnotation(Projection.class).values());
        this.header = header(features, serializer);
        this.lock = file == null ? null : lock(file);
        this.states = kept() ? new ViewStates(file.resolveSibling(file.getFileName() + ".states"), views.keepingState(), header, mapper) : null;
        // Folded while the rest of the service starts: the views are plain objects nothing else touches before the processor starts.
        this.early = kept() ? CompletableFuture.supplyAsync(this::fold,
                task -> Thread.ofPlatform().daemon().name("read-models-fold").start(task)) : null;
    }

    /** The event types and revisions this version writes, as a digest: a file with another one is not read. */
    private static String header(Features features, Serializer serializer) {
        String types = features.events().stream()
                .map(type -> serializer.typeForClass(type).getName() + "@" + serializer.typeForClass(type).getRevision())
                .sorted().collect(Collectors.joining("\n"));
        try {
            return "read-models-snapshot/2 sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(types.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileLock lock(Path file) {
        FileChannel channel = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            log.info("Another instance keeps the read-models snapshot {}: this one builds its read models from the store", file);
        } catch (IOException | OverlappingFileLockException e) {
            // the latter: another service in this JVM holds it
            log.warn("No read-models snapshot: {} cannot be locked ({})", file, e.toString());
        }
        closeQuietly(channel);
        return null;
    }

    /** Closes {@code file} (none where null) on a path that has already failed or given up on it. */
    static void closeQuietly(Closeable file) {
        try {
            if (file != null) {
                file.close();
            }
        } catch (IOException e) {
            log.debug("Closing {} failed", file, e);
        }
    }

    private boolean kept() {
        return lock != null;
    }

    /** What a fold of the file came to: its last event, if any, how many it folded, whether the file ended whole. */
    private record Folded(Read last, long count, boolean whole, long millis, String statesRead, Exception failure) {
    }

    /**
     * Folds the file's events into the views, if the file is this version's (whether it is of
     * the store is checked once the store can be read); the views that keep a state read it
     * meanwhile, and take only the events after those it covers. States that do not match the file
     * are dropped and every view folded from the file alone.
     */
    private Folded fold() {
        ViewStates.Loading state = states == null ? null : states.load();
        if (state == null) {
            return fold(null);
        }
        try {
            Folded folded = fold(state);
            if (folded.failure() != null) {
                state.abandon(); // the views are built from the store instead: no state may land on them meanwhile
            }
            return folded;
        } catch (ViewStates.Stale e) {
            state.abandon();
            log.warn("The view states are not used ({}): every view is folded from the snapshot's events", e.getMessage());
            views.reset();
            return fold(null);
        }
    }

    /** {@link #fold()}, with the views in {@code state} reading theirs; without, where it is null. */
    private Folded fold(ViewStates.Loading state) {
        long started = System.nanoTime();
        Read last = null;
        long count = 0;
        boolean whole = true;
        List<ViewState> holding = state == null ? List.of() : state.views();
        String statesRead = "";
        // Where every view reads its state, the lines before the event the states cover are not read at all.
        boolean skip = state != null && state.place().offset() > 0 && views.allKeepState() && headerMatches();
        if (skip) {
            count = state.place().eventsBefore();
        }
        try (BufferedReader reader = !Files.exists(file) ? null : skip ? linesFrom(state.place().offset()) : Files.newBufferedReader(file)) {
            if (reader != null && (skip || header.equals(reader.readLine()))) {
                Unneeded unneeded = state == null ? ALL_NEEDED : unneededBeside(state);
                Iterator<Read> parsed = reader.lines().map(text -> readUnchecked(text, unneeded)).iterator();
                try (ReadAhead<Read> lines = new ReadAhead<>("read-models-snapshot", parsed, Read::cutShort)) {
                    for (Read line = lines.next(); line != null; line = lines.next()) {
                        if (line.cutShort()) {
                            whole = false; // the last line, cut short when the process stopped
                            break;
                        }
                        if (last != null && line.position() <= last.position()) {
                            continue; // written again by a batch that was retried
                        }
                        if (!holding.isEmpty() && line.position() > state.position()) {
                            throw new ViewStates.Stale("they cover position " + state.position() + ", which the snapshot does not hold");
                        }
                        if (line.message() != null) {
                            views.fold(line.message(), holding);
                        }
                        if (!holding.isEmpty() && line.position() == state.position()) {
                            if (!line.eventId().equals(state.eventId())) {
                                throw new ViewStates.Stale("they cover event " + state.eventId() + ", not the snapshot's "
                                        + line.eventId() + " at position " + line.position());
                            }
                            state.await();
                            statesRead = holding.stream().map(view -> view.getClass().getSimpleName())
                                    .collect(Collectors.joining(", ", "; read from their states through position " + line.position() + ": ",
                                            skip ? " (the snapshot read from that event on)" : ""));
                            holding = List.of();
                        }
                        last = line;
                        count++;
                    }
                }
            }
            if (!holding.isEmpty()) {
                throw new ViewStates.Stale("they cover position " + state.position() + ", past the snapshot's last event");
            }
        } catch (ViewStates.Stale e) {
            throw e;
        } catch (Exception e) {
            return new Folded(null, 0, false, 0, "", e);
        }
        return new Folded(last, count, whole, (System.nanoTime() - started) / 1_000_000, statesRead, null);
    }

    private boolean headerMatches() {
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            return header.equals(reader.readLine());
        } catch (IOException e) {
            return false;
        }
    }

    /** The file's lines from byte {@code offset} on (none where the file is shorter). */
    private BufferedReader linesFrom(long offset) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            channel.position(offset);
            return new BufferedReader(Channels.newReader(channel, StandardCharsets.UTF_8));
        } catch (IOException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * Folds the file's events into every read model, if the file is this version's and of the store
     * {@code source} reads, then the store's later events; the position to tail the store from, or
     * null for its first. A start finds the file folded already, or being folded, since this bean was made.
     */
    synchronized TrackingToken load(StreamableMessageSource<TrackedEventMessage<?>> source) {
        if (!kept()) {
            return foldStore(null, "no snapshot");
        }
        long waited = System.nanoTime();
        Folded folded = early != null ? early.join() : fold();
        waited = (System.nanoTime() - waited) / 1_000_000;
        early = null;
        Read last = folded.last();
        long count = folded.count();
        try {
            if (folded.failure() != null) {
                throw folded.failure();
            }
            if (last != null && !ofTheStore(last, source)) {
                throw new IllegalStateException("its last event, " + last.eventId() + ", is not this store's at position "
                        + last.position());
            }
        } catch (Exception e) {
            log.warn("The read-models snapshot {} is not used ({}): the read models are built from the store", file, e.getMessage());
            views.reset();
            last = null;
            count = 0;
        }
        long position = last == null ? -1 : last.position();
        coveredPosition = position;
        coveredEventId = last == null ? null : last.eventId();
        coveredCount = count;
        if (folded.whole() && last != null) {
            append();
        } else {
            rewrite(position);
        }
        log.info("Read models folded {} events from their snapshot in {} ms (the start waited {} ms for it){}", count, folded.millis(),
                waited, folded.statesRead());
        return foldStore(last == null ? null : new GlobalSequenceTrackingToken(position), "after the snapshot");
    }

    /**
     * Empties every read model and the file, and folds every stored event into them, for a replay
     * (the processor stopped meanwhile); the position to tail the store from, or null for its first.
     */
    synchronized TrackingToken rebuild() {
        views.reset();
        reset();
        return foldStore(null, "replay");
    }

    /**
     * Folds the stored events after {@code from} into the views and the file, up to the first
     * position not yet written (the processor waits there); the position to tail the store from.
     */
    private TrackingToken foldStore(TrackingToken from, String why) {
        long started = System.nanoTime();
        TrackingToken last = from;
        long count = 0;
        // Read, deserialized and written as lines on another thread while this one folds them and writes the lines out.
        try (Stream<? extends TrackedEventMessage<?>> stored = store.readEvents(from, false);
             ReadAhead<Stored> events = new ReadAhead<>("read-models-store", stored.map(this::stored).iterator(), event -> false)) {
            for (Stored event = events.next(); event != null; event = events.next(), count++) {
                views.fold(event.message());
                write(event.message(), event.line());
                last = event.message().trackingToken();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The read-models snapshot " + file + " cannot be written", e);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("The read models could not read the store", e);
        }
        flush();
        log.info("Read models folded {} events from the store ({}) in {} ms; tailing it from position {}", count, why,
                (System.nanoTime() - started) / 1_000_000, last == null ? 0 : last.position().orElse(-1) + 1);
        return last;
    }

    /** An event of the store, deserialized, and its line in the file (null where this instance keeps none). */
    private record Stored(TrackedEventMessage<?> message, byte[] line) {
    }

    /**
     * {@code event} deserialized here, on the reading thread (its payload, metadata and timestamp, which
     * is parsed from text), and written as its line.
     */
    private Stored stored(TrackedEventMessage<?> event) {
        event.getPayload();
        event.getMetaData();
        event.getTimestamp();
        try {
            return new Stored(event, kept() ? line(event) : null);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code line}'s event is the one the store holds at its position. */
    private static boolean ofTheStore(Read line, StreamableMessageSource<TrackedEventMessage<?>> source) throws InterruptedException {
        TrackingToken before = line.position() == 0 ? null : new GlobalSequenceTrackingToken(line.position() - 1);
        try (BlockingStream<TrackedEventMessage<?>> stored = source.openStream(before)) {
            return stored.hasNextAvailable(10, TimeUnit.SECONDS)
                    && stored.nextAvailable().getIdentifier().equals(line.eventId());
        }
    }

    /**
     * An event of the file at its position: its id, and the event unless no view needed it read (the
     * views that take it hold it in their states); neither where its line was cut short.
     */
    private record Read(long position, String eventId, TrackedEventMessage<?> message) {

        boolean cutShort() {
            return eventId == null;
        }
    }

    /** Whether the event at a position, of a type and revision, need not be read: the views that take it hold it already. */
    @FunctionalInterface
    private interface Unneeded {
        boolean test(long position, String type, String revision);
    }

    /** The events no view needs while the views of {@code state} read theirs: those up to its position that only they take. */
    private Unneeded unneededBeside(ViewStates.Loading state) {
        Map<String, Boolean> onlyTheirs = new ConcurrentHashMap<>();
        return (position, type, revision) -> position <= state.position() && onlyTheirs.computeIfAbsent(type + "@" + revision,
                key -> !views.takenBeyond(serializer.classForType(new SimpleSerializedType(type, revision)), state.views()));
    }

    /**
     * The items of {@code source} (the file's events, parsed; the store's, read and deserialized) made a
     * batch ahead on another thread while the caller folds them: on two cores, reading and folding take
     * about as long as each other. Reading stops after an item {@code last} accepts.
     */
    private static final class ReadAhead<T> implements AutoCloseable {

        private static final int BATCH = 512;
        private static final List<?> END = List.of();

        private final BlockingQueue<List<T>> batches = new ArrayBlockingQueue<>(8);
        private final Thread reader;
        private volatile Exception failure;
        private Iterator<T> batch = Collections.emptyIterator();

        ReadAhead(String name, Iterator<? extends T> source, Predicate<T> last) {
            reader = Thread.ofPlatform().daemon().name(name).start(() -> {
                try {
                    List<T> next = new ArrayList<>(BATCH);
                    while (source.hasNext()) {
                        T item = source.next();
                        next.add(item);
                        if (last.test(item)) {
                            break;
                        }
                        if (next.size() == BATCH) {
                            batches.put(next);
                            next = new ArrayList<>(BATCH);
                        }
                    }
                    batches.put(next);
                    batches.put(end());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // closed before the end: the folding stopped
                } catch (Exception e) {
                    failure = e;
                    batches.offer(end());
                }
            });
        }

        @SuppressWarnings("unchecked")
        private List<T> end() {
            return (List<T>) END;
        }

        /** The next item, or null after the last. */
        T next() throws Exception {
            while (!batch.hasNext()) {
                List<T> next = batches.take();
                if (next == END) {
                    if (failure != null) {
                        throw failure;
                    }
                    batches.put(end());
                    return null;
                }
                batch = next.iterator();
            }
            return batch.next();
        }

        @Override
        public void close() throws InterruptedException {
            reader.interrupt();
            reader.join();
        }
    }

    private ObjectReader payloadReader(String type, String revision) {
        return payloadReaders.computeIfAbsent(type + "@" + revision,
                key -> mapper.readerFor(serializer.classForType(new SimpleSerializedType(type, revision))));
    }

    /** {@link #read}, for a stream of lines. */
    private Read readUnchecked(String text, Unneeded unneeded) {
        try {
            return read(text, unneeded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One line as an event, read in one pass with the serializer's own mapper (no tree between): the
     * fields come in the order {@link Line} writes them, so the payload's type is known before it.
     */
    private Read read(String text, Unneeded unneeded) throws IOException {
        try (JsonParser parser = mapper.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return CUT_SHORT;
            }
            long position = -1;
            long sequence = 0;
            String eventId = null;
            String aggregateType = null;
            String aggregateId = null;
            long epochSecond = 0;
            int nano = 0;
            String type = null;
            String revision = null;
            Object payload = null;
            Map<String, ?> metadata = Map.of();
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "position" -> position = parser.getLongValue();
                    case "eventId" -> eventId = parser.getValueAsString();
                    case "aggregateType" -> aggregateType = parser.getValueAsString();
                    case "aggregateId" -> aggregateId = parser.getValueAsString();
                    case "sequence" -> sequence = parser.getLongValue();
                    case "epochSecond" -> epochSecond = parser.getLongValue();
                    case "nano" -> nano = parser.getIntValue();
                    case "type" -> type = parser.getValueAsString();
                    case "revision" -> revision = parser.getValueAsString();
                    case "payload" -> {
                        if (unneeded.test(position, type, revision)) {
                            // Not read on: a line is cut short only at its end, and the metadata closes it.
                            return eventId == null || !text.endsWith("}}") ? CUT_SHORT : new Read(position, eventId, null);
                        }
                        payload = payloadReader(type, revision).readValue(parser);
                    }
                    case "metadata" -> metadata = metadataReader.readValue(parser);
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || payload == null || eventId == null) {
                return CUT_SHORT;
            }
            GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload,
                    MetaData.from(metadata), eventId, Instant.ofEpochSecond(epochSecond, nano));
            return new Read(position, eventId, new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position), message));
        } catch (JsonProcessingException e) {
            return CUT_SHORT;
        }
    }

    /** Keeps the file's lines through {@code position} (dropping a line cut short) and appends from there. */
    private void rewrite(long position) {
        try {
            closeWriter();
            Path next = file.resolveSibling(file.getFileName() + ".next");
            try (BufferedWriter out = Files.newBufferedWriter(next)) {
                out.write(header);
                out.newLine();
                if (position >= 0) {
                    try (BufferedReader reader = Files.newBufferedReader(file)) {
                        reader.readLine();
                        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                            Read line = read(text, ALL_NEEDED);
                            if (line.cutShort() || line.position() > position) {
                                break;
                            }
                            out.write(text);
                            out.newLine();
                        }
                    }
                }
            }
            Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The read-models snapshot " + file + " cannot be written", e);
        }
        append();
    }

    private void append() {
        try {
            closeWriter();
            writer = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.APPEND), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("The read-models snapshot " + file + " cannot be written", e);
        }
    }

    @EventHandler
    synchronized void on(EventMessage<?> message) throws IOException {
        if (writer == null) {
            return;
        }
        write(message, line(message));
        // Once a batch: its unit of work commits after its last event.
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().getOrComputeResource(FLUSH, key -> {
                CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> afterBatch());
                return true;
            });
        } else {
            afterBatch();
        }
    }

    /** Writes {@code message}'s {@link #line}. */
    private void write(EventMessage<?> message, byte[] line) throws IOException {
        if (writer == null) {
            return;
        }
        writer.write(line);
        writer.write('\n');
        long position = ((TrackedEventMessage<?>) message).trackingToken().position().orElseThrow();
        if (position > coveredPosition) {
            coveredCount++;
        }
        coveredPosition = position;
        coveredEventId = message.getIdentifier();
    }

    /**
     * {@code message} as the file's line, in UTF-8 (the newline not included). The payload and metadata
     * are written from the tokens the store's were read as (or, for an event not read from the store,
     * serialized to), under the type and revision they were read as, not serialized again from objects.
     */
    private byte[] line(EventMessage<?> message) throws JsonProcessingException {
        TrackedEventMessage<?> tracked = (TrackedEventMessage<?>) message;
        DomainEventMessage<?> domain = (DomainEventMessage<?>) message;
        SerializedObject<TokenBuffer> payload = message.serializePayload(serializer, TokenBuffer.class);
        return mapper.writeValueAsBytes(new Line(tracked.trackingToken().position().orElseThrow(), message.getIdentifier(),
                domain.getType(), domain.getAggregateIdentifier(), domain.getSequenceNumber(), message.getTimestamp().getEpochSecond(),
                message.getTimestamp().getNano(), payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                message.serializeMetaData(serializer, TokenBuffer.class).getData()));
    }

    private synchronized void flush() {
        try {
            if (writer != null) {
                writer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The read-models snapshot " + file + " cannot be written", e);
        }
    }

    /**
     * After one of the processor's batches, on its thread (every view has taken in the batch, none
     * takes more meanwhile): the file's lines are flushed, then the states written where they are due.
     */
    private synchronized void afterBatch() {
        flush();
        if (writer != null && statesEvery != null && coveredPosition > statesPosition
                && System.nanoTime() - statesWrittenAt >= statesEvery.toNanos()) {
            writeStates();
        }
    }

    /** Writes the states as covering the last event written, whose line the file holds whole (flushed). */
    private void writeStates() {
        states.write(coveredPosition, coveredEventId, new ViewStates.Place(lastLineStart(), coveredCount - 1));
        statesWrittenAt = System.nanoTime();
        statesPosition = coveredPosition;
    }

    /** Where the file's last line begins (the line of the last event written); -1 where that cannot be read. */
    private long lastLineStart() {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = channel.size() - 1; // the last line's newline
            ByteBuffer chunk = ByteBuffer.allocate(8192);
            for (long from = end; from > 0; from -= chunk.capacity()) {
                long start = Math.max(0, from - chunk.capacity());
                chunk.clear().limit((int) (from - start));
                while (chunk.hasRemaining() && channel.read(chunk, start + chunk.position()) > 0) {
                    // a read may return fewer bytes than asked
                }
                for (int i = chunk.position() - 1; i >= 0; i--) {
                    if (chunk.get(i) == '\n') {
                        return start + i + 1;
                    }
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A replay starts the file again, as it starts the read models, and drops the views' states. */
    @ResetHandler
    synchronized void reset() {
        if (kept()) {
            states.delete();
            coveredPosition = -1;
            coveredEventId = null;
            coveredCount = 0;
            statesPosition = -1;
            rewrite(-1);
        }
    }

    private void closeWriter() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    /** Once the processor has stopped: the views that keep a state write it, covering the last event they hold. */
    @Override
    public synchronized void destroy() throws IOException {
        if (kept() && writer != null && coveredPosition >= 0 && coveredPosition > statesPosition) {
            flush();
            writeStates();
        }
        closeWriter();
        if (lock != null) {
            lock.release();
            lock.channel().close();
        }
    }
}
