package org.allianceledger.readmodel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.command.RecordingMetadata;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * Delivers events to one projection as Axon would, through its annotated handlers, each recorded
 * at an instant the test chooses: one minute after the previous by default, or any instant for a
 * decision recorded late.
 */
public final class ProjectionHarness {

    public static final Instant FIRST_RECORDING = Instant.parse("2019-07-01T09:00:00Z");

    private final AnnotationEventHandlerAdapter adapter;
    private final Map<String, Long> sequences = new HashMap<>();
    private long position;
    private Instant lastRecorded = FIRST_RECORDING.minus(Duration.ofMinutes(1));

    public ProjectionHarness(Object projection) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
    }

    /** Records the event one minute after the previous one; returns when. */
    public Instant record(RecordedDecision event) {
        return recordAt(lastRecorded.plus(Duration.ofMinutes(1)), event);
    }

    public Instant recordAt(Instant recordedAt, RecordedDecision event) {
        String aggregateId = event.subject().id();
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        GenericDomainEventMessage<RecordedDecision> message = new GenericDomainEventMessage<>(
                event.getClass().getSimpleName(), aggregateId, sequence, event,
                MetaData.with(RecordingMetadata.RECORDER, "test-recorder"), UUID.randomUUID().toString(), recordedAt);
        // As the event store delivers it: with its position, by which reads take its rows in.
        TrackedEventMessage<RecordedDecision> tracked = new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(position++), message);
        try {
            adapter.handle(tracked);
        } catch (Exception e) {
            throw new IllegalStateException("The projection failed on " + event, e);
        }
        lastRecorded = recordedAt.isAfter(lastRecorded) ? recordedAt : lastRecorded;
        return recordedAt;
    }

    /** Everything in force on {@code asOf}, as the record stood after the last event. */
    public PointInTime asOf(String date) {
        return new PointInTime(LocalDate.parse(date), lastRecorded);
    }

    public static PointInTime at(String asOf, Instant knownAt) {
        return new PointInTime(LocalDate.parse(asOf), knownAt);
    }
}
