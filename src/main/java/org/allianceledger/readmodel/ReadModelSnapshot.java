package org.allianceledger.readmodel;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.allianceledger.alliance.Features;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The events this instance's read models were built from, to a position of the store, kept in a file
 * beside it: a start folds them from the file and tails the store from there, instead of reading each
 * event by key from the store. One JSON line an event, its payload and metadata as the serializer
 * writes them; the first line names the event types and revisions the file was written with. A file
 * written with other ones, or whose last event is not the store's at that position (another store, a
 * store restored from a backup), is discarded and the read models built from the store. Only one
 * instance writes a file: another on the same folder runs without one.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
class ReadModelSnapshot implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadModelSnapshot.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FLUSH = ReadModelSnapshot.class.getName() + ".flush";

    private final Path file;
    private final Serializer serializer;
    private final ApplicationContext context;
    private final String header;
    private final FileLock lock;
    private BufferedWriter writer;

    /** One event as the file holds it. */
    record Line(long position, String eventId, String aggregateType, String aggregateId, long sequence, String timestamp,
                String type, String revision, JsonNode payload, JsonNode metadata) {
    }

    ReadModelSnapshot(ReadModelProperties properties, Serializer serializer, ApplicationContext context, Features features) {
        this.file = properties.snapshotFile();
        this.serializer = serializer;
        this.context = context;
        this.header = header(features, serializer);
        this.lock = file == null ? null : lock(file);
    }

    /** The event types and revisions this version writes, as a digest: a file with another one is not read. */
    private static String header(Features features, Serializer serializer) {
        String types = features.events().stream()
                .map(type -> serializer.typeForClass(type).getName() + "@" + serializer.typeForClass(type).getRevision())
                .sorted().collect(Collectors.joining("\n"));
        try {
            return "read-models-snapshot sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
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

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            log.debug("Closing the snapshot's lock file failed", e);
        }
    }

    private boolean kept() {
        return lock != null;
    }

    /**
     * Folds the file's events into every read model, if the file is this version's and of the store
     * {@code source} reads; the position to tail the store from, or null for its first.
     */
    synchronized TrackingToken load(StreamableMessageSource<TrackedEventMessage<?>> source) {
        if (!kept()) {
            return null;
        }
        long started = System.nanoTime();
        List<AnnotationEventHandlerAdapter> views = context.getBeansWithAnnotation(Projection.class).values().stream()
                .map(AnnotationEventHandlerAdapter::new).toList();
        Line last = null;
        long count = 0;
        boolean whole = true;
        try (BufferedReader reader = Files.exists(file) ? Files.newBufferedReader(file) : null) {
            if (reader != null && header.equals(reader.readLine())) {
                for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                    Optional<Line> line = parse(text);
                    if (line.isEmpty()) {
                        whole = false; // the last line, cut short when the process stopped
                        break;
                    }
                    if (last != null && line.get().position() <= last.position()) {
                        continue; // written again by a batch that was retried
                    }
                    TrackedEventMessage<?> message = message(line.get());
                    for (AnnotationEventHandlerAdapter view : views) {
                        if (view.canHandle(message)) {
                            view.handle(message);
                        }
                    }
                    last = line.get();
                    count++;
                }
            }
            if (last != null && !ofTheStore(last, source)) {
                throw new IllegalStateException("its last event, " + last.eventId() + ", is not this store's at position " + last.position());
            }
        } catch (Exception e) {
            log.warn("The read-models snapshot {} is not used ({}): the read models are built from the store", file, e.getMessage());
            for (AnnotationEventHandlerAdapter view : views) {
                view.prepareReset(null);
            }
            last = null;
            count = 0;
        }
        long position = last == null ? -1 : last.position();
        if (whole && last != null) {
            append();
        } else {
            rewrite(position);
        }
        log.info("Read models folded {} events from their snapshot in {} ms; tailing the store from position {}", count,
                (System.nanoTime() - started) / 1_000_000, position + 1);
        return last == null ? null : new GlobalSequenceTrackingToken(position);
    }

    /** Whether {@code line}'s event is the one the store holds at its position. */
    private static boolean ofTheStore(Line line, StreamableMessageSource<TrackedEventMessage<?>> source) throws InterruptedException {
        TrackingToken before = line.position() == 0 ? null : new GlobalSequenceTrackingToken(line.position() - 1);
        try (BlockingStream<TrackedEventMessage<?>> stored = source.openStream(before)) {
            return stored.hasNextAvailable(10, TimeUnit.SECONDS) && stored.nextAvailable().getIdentifier().equals(line.eventId());
        }
    }

    private static Optional<Line> parse(String text) {
        try {
            return Optional.of(JSON.readValue(text, Line.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private TrackedEventMessage<?> message(Line line) {
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(line.payload(), JsonNode.class, line.type(), line.revision()));
        MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(line.metadata(), JsonNode.class,
                serializer.typeForClass(MetaData.class)));
        GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>(line.aggregateType(), line.aggregateId(),
                line.sequence(), payload, metaData, line.eventId(), Instant.parse(line.timestamp()));
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(line.position()), message);
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
                            Optional<Line> line = parse(text);
                            if (line.isEmpty() || line.get().position() > position) {
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
            writer = Files.newBufferedWriter(file, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("The read-models snapshot " + file + " cannot be written", e);
        }
    }

    @EventHandler
    synchronized void on(EventMessage<?> message) throws IOException {
        if (writer == null) {
            return;
        }
        TrackedEventMessage<?> tracked = (TrackedEventMessage<?>) message;
        // As JSON trees: written into the line as they are, not escaped again as text.
        SerializedObject<JsonNode> payload = serializer.serialize(message.getPayload(), JsonNode.class);
        SerializedObject<JsonNode> metadata = serializer.serialize(message.getMetaData(), JsonNode.class);
        DomainEventMessage<?> domain = (DomainEventMessage<?>) message;
        writer.write(JSON.writeValueAsString(new Line(tracked.trackingToken().position().orElseThrow(), message.getIdentifier(),
                domain.getType(), domain.getAggregateIdentifier(), domain.getSequenceNumber(), message.getTimestamp().toString(),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(), metadata.getData())));
        writer.newLine();
        // Once a batch: its unit of work commits after its last event.
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().getOrComputeResource(FLUSH, key -> {
                CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> flush());
                return true;
            });
        } else {
            flush();
        }
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

    /** A replay starts the file again, as it starts the read models. */
    @ResetHandler
    synchronized void reset() {
        if (kept()) {
            rewrite(-1);
        }
    }

    private void closeWriter() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    @Override
    public synchronized void destroy() throws IOException {
        closeWriter();
        if (lock != null) {
            lock.release();
            lock.channel().close();
        }
    }
}
