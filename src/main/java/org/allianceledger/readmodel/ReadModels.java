package org.allianceledger.readmodel;

import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The read models as one streaming event processor: every projection is in the processing group
 * {@value #PROCESSING_GROUP}, so they all stand at the same point of the event stream, replay
 * together, and a read can wait until they have taken in every event stored before it began.
 *
 * <p>Where they stand is read from the token store, which every instance shares: a read waits until
 * the token of every segment, whichever instance holds it, covers the newest stored event. A token is
 * stored only after its batch's projections have written, so a covering token means the rows are there.
 */
@Component
public class ReadModels {

    public static final String PROCESSING_GROUP = "read-models";
    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);
    private static final long POLL_MILLIS = 5;

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine events;
    private final MongoTemplate store;
    private final Serializer serializer;
    private final ReadModelProperties properties;
    private final Clock clock;

    ReadModels(EventProcessingConfiguration processing, EventStorageEngine events, MongoTemplate store,
               Serializer serializer, ReadModelProperties properties, Clock clock) {
        this.processing = processing;
        this.events = events;
        this.store = store;
        this.serializer = serializer;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The point in time a read asked for, once the read models hold every event stored before the
     * read began (or the configured wait has passed).
     */
    public PointInTime readAt(PointInTimeParams params) {
        PointInTime at = PointInTime.parse(params.asOf(), params.knownAt(), clock);
        Progress progress = awaitCaughtUp(properties.catchUpWait());
        if (!progress.caughtUp()) {
            log.warn("Read models still behind the event store after {}; answering from what they hold", properties.catchUpWait());
        }
        return at.readThrough(progress.takenIn() - 1);
    }

    /** Empties every read model and rebuilds it from the first event in the store. */
    public synchronized Replay replay() {
        long started = System.nanoTime();
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        Progress progress = awaitCaughtUp(properties.replayWait());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Read models replayed from the event store in {} ms ({})", took.toMillis(),
                progress.caughtUp() ? "complete" : "still running");
        return new Replay(PROCESSING_GROUP, progress.takenIn(), took.toMillis(), progress.caughtUp());
    }

    /** What a replay did: the events the read models now hold, and how long it took. */
    public record Replay(String processingGroup, long events, long millis, boolean complete) {
    }

    /** Every segment's token as last read, and whether they all covered the newest stored event then. */
    private record Progress(List<TrackingToken> segments, boolean caughtUp) {

        /** How many positions of the store every segment has taken in (the lowest segment's). */
        long takenIn() {
            return segments.stream().mapToLong(token -> token == null ? 0 : token.position().orElse(-1) + 1).min().orElse(0);
        }
    }

    private Progress awaitCaughtUp(Duration wait) {
        TrackingToken newest = events.createHeadToken();
        long deadline = System.nanoTime() + wait.toNanos();
        List<TrackingToken> segments = segmentTokens();
        while (newest != null && !covers(segments, newest)) {
            if (System.nanoTime() > deadline) {
                return new Progress(segments, false);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Progress(segments, false);
            }
            segments = segmentTokens();
        }
        return new Progress(segments, true);
    }

    private static boolean covers(List<TrackingToken> segments, TrackingToken newest) {
        return !segments.isEmpty() && segments.stream().allMatch(token -> token != null && token.covers(newest));
    }

    /** Every segment's token as stored, without claiming it (a claim would take it from the instance processing it). */
    private List<TrackingToken> segmentTokens() {
        List<TrackingToken> tokens = new ArrayList<>();
        for (Document entry : store.trackingTokensCollection().find(eq("processorName", PROCESSING_GROUP))) {
            Object stored = entry.get("token");
            if (stored == null) {
                tokens.add(null);
                continue;
            }
            byte[] bytes = stored instanceof Binary binary ? binary.getData() : (byte[]) stored;
            tokens.add(serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, entry.getString("tokenType"), null)));
        }
        return tokens;
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor " + PROCESSING_GROUP));
    }
}
