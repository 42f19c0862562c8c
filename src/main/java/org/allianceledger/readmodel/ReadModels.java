package org.allianceledger.readmodel;

import static com.mongodb.client.model.Sorts.descending;

import java.time.Clock;
import java.time.Duration;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The read models as one streaming event processor: every projection is in the processing group
 * {@value #PROCESSING_GROUP}, so they all stand at the same point of the event stream, replay
 * together, and a read can wait until they have taken in every event stored before it began.
 */
@Component
public class ReadModels {

    public static final String PROCESSING_GROUP = "read-models";
    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);
    private static final long POLL_MILLIS = 5;

    private final EventProcessingConfiguration processing;
    private final MongoTemplate store;
    private final EventEntryConfiguration eventFields = EventEntryConfiguration.getDefault();
    private final ProcessedEvents processed;
    private final ReadModelProperties properties;
    private final Clock clock;

    ReadModels(EventProcessingConfiguration processing, MongoTemplate store, ProcessedEvents processed,
               ReadModelProperties properties, Clock clock) {
        this.processing = processing;
        this.store = store;
        this.processed = processed;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The point in time a read asked for, once the read models hold every event stored before the
     * read began (or the configured wait has passed).
     */
    public PointInTime readAt(PointInTimeParams params) {
        PointInTime at = PointInTime.parse(params.asOf(), params.knownAt(), clock);
        if (!awaitCaughtUp(properties.catchUpWait())) {
            log.warn("Read models still behind the event store after {}; answering from what they hold", properties.catchUpWait());
        }
        return at;
    }

    /** Empties every read model and rebuilds it from the first event in the store. */
    public synchronized Replay replay() {
        long started = System.nanoTime();
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        boolean complete = awaitCaughtUp(properties.replayWait());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Read models replayed from the event store in {} ms ({})", took.toMillis(), complete ? "complete" : "still running");
        return new Replay(PROCESSING_GROUP, processed.count(), took.toMillis(), complete);
    }

    /** What a replay did: the events the read models now hold, and how long it took. */
    public record Replay(String processingGroup, long events, long millis, boolean complete) {
    }

    private boolean awaitCaughtUp(Duration wait) {
        Document newest = store.eventCollection().find()
                .sort(descending(eventFields.timestampProperty(), eventFields.sequenceNumberProperty()))
                .limit(1).first();
        if (newest == null) {
            return true;
        }
        String newestId = newest.getString(eventFields.eventIdentifierProperty());
        long deadline = System.nanoTime() + wait.toNanos();
        while (!(processed.contains(newestId) && !processor().isReplaying())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor " + PROCESSING_GROUP));
    }
}
