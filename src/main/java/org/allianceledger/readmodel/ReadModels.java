package org.allianceledger.readmodel;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The read models as one streaming event processor: every view is in the processing group
 * {@value #PROCESSING_GROUP}, so they all stand at the same point of the event stream and replay
 * together. Each instance's processor tails the event store itself and keeps its token in memory,
 * beside the views it fills: no instance depends on another's progress, and a start takes in the
 * whole store. A read waits until this instance's views have taken in every event stored before it began.
 */
@Component
public class ReadModels {

    public static final String PROCESSING_GROUP = "read-models";
    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);
    private static final long POLL_MILLIS = 2;

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine events;
    private final ReadModelSnapshot snapshot;
    private final ReadModelProperties properties;
    private final Clock clock;

    ReadModels(EventProcessingConfiguration processing, EventStorageEngine events, ReadModelSnapshot snapshot,
               ReadModelProperties properties, Clock clock) {
        this.processing = processing;
        this.events = events;
        this.snapshot = snapshot;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The point in time a read asked for, once the views hold every event stored before the read
     * began (or the configured wait has passed).
     */
    public PointInTime readAt(PointInTimeParams params) {
        PointInTime at = PointInTime.parse(params.asOf(), params.knownAt(), clock);
        Progress progress = awaitCaughtUp(properties.catchUpWait());
        if (!progress.caughtUp()) {
            log.warn("Read models still behind the event store after {}; answering from what they hold", properties.catchUpWait());
        }
        return at.readThrough(progress.takenIn() - 1);
    }

    /**
     * Empties every view and rebuilds it from the first event in the store: folded directly while the
     * processor is stopped (see {@link Views}), which then tails the store from the last event folded.
     */
    public synchronized Replay replay() {
        long started = System.nanoTime();
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        long folding = System.nanoTime();
        TrackingToken folded = snapshot.rebuild();
        long fold = (System.nanoTime() - folding) / 1_000_000;
        TokenStore tokens = processing.tokenStore(PROCESSING_GROUP);
        int[] segments = tokens.fetchSegments(PROCESSING_GROUP);
        if (segments.length == 0) {
            tokens.initializeTokenSegments(PROCESSING_GROUP, 1, folded);
        }
        for (int segment : segments) {
            tokens.storeToken(folded, PROCESSING_GROUP, segment);
        }
        processor.start();
        Progress progress = awaitCaughtUp(properties.replayWait());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Read models replayed from the event store in {} ms, the fold {} ms ({})", took.toMillis(), fold,
                progress.caughtUp() ? "complete" : "still running");
        return new Replay(PROCESSING_GROUP, progress.takenIn(), took.toMillis(), progress.caughtUp(), fold);
    }

    /**
     * What a replay did: the events the read models now hold, how long it took, and of that how long the
     * fold of the stored events took (the rest: stopping the processor and starting it after them).
     */
    public record Replay(String processingGroup, long events, long millis, boolean complete, long foldMillis) {
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

    /** Where this instance's processor stands, segment by segment (none before it has claimed one). */
    private List<TrackingToken> segmentTokens() {
        return processor().processingStatus().values().stream().map(EventTrackerStatus::getTrackingToken).toList();
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor " + PROCESSING_GROUP));
    }
}
