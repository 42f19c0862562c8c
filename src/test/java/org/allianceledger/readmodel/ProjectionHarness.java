package org.allianceledger.readmodel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.command.RecordingMetadata;
import org.allianceledger.store.LedgerSerializer;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Delivers events to one projection as Axon would, through its annotated handlers, each recorded
 * at an instant the test chooses: one minute after the previous by default, or any instant for a
 * decision recorded late. It keeps what it delivered, as the store would, for a projection that
 * reads events back by position.
 */
public final class ProjectionHarness implements EventLookup {

    public static final Instant FIRST_RECORDING = Instant.parse("2019-07-01T09:00:00Z");

    private final Object projection;
    private final AnnotationEventHandlerAdapter adapter;
    private final Map<Long, EventMessage<?>> delivered = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private long position;
    private Instant lastRecorded = FIRST_RECORDING.minus(Duration.ofMinutes(1));

    public ProjectionHarness(Object projection) {
        this.projection = projection;
        this.adapter = new AnnotationEventHandlerAdapter(projection);
    }

    /** A harness for the projection {@code made} with this harness as the store it reads events back from. */
    public ProjectionHarness(Function<EventLookup, Object> made) {
        this.projection = made.apply(this);
        this.adapter = new AnnotationEventHandlerAdapter(projection);
    }

    @SuppressWarnings("unchecked")
    public <P> P projection() {
        return (P) projection;
    }

    /** As the store answers: the text at each path of the payload as it serializes, and in the metadata. */
    @Override
    public Map<Long, EventText> textAt(Collection<Long> positions, List<String> payloadPaths, List<String> metaDataKeys) {
        Map<Long, EventText> found = new HashMap<>();
        positions.stream().filter(delivered::containsKey).forEach(position -> {
            EventMessage<?> event = delivered.get(position);
            JsonNode payload = LedgerSerializer.JSON.valueToTree(event.getPayload());
            Map<String, String> payloadText = new HashMap<>();
            payloadPaths.forEach(path -> {
                JsonNode text = payload.at("/" + path.replace('.', '/'));
                if (text.isTextual()) {
                    payloadText.put(path, text.asText());
                }
            });
            Map<String, String> metaDataText = new HashMap<>();
            metaDataKeys.forEach(key -> {
                if (event.getMetaData().get(key) instanceof String text) {
                    metaDataText.put(key, text);
                }
            });
            found.put(position, new EventText(event.getIdentifier(), payloadText, metaDataText));
        });
        return found;
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
                new GlobalSequenceTrackingToken(position), message);
        delivered.put(position++, tracked);
        try {
            adapter.handle(tracked);
        } catch (Exception e) {
            throw new IllegalStateException("The projection failed on " + event, e);
        }
        lastRecorded = recordedAt.isAfter(lastRecorded) ? recordedAt : lastRecorded;
        return recordedAt;
    }

    /** How many events this harness has delivered: the next one's position. */
    public long delivered() {
        return position;
    }

    /** Gives the events delivered from position {@code from} on to {@code other}, in order, as the store gives them to a second reader. */
    public void deliverAgain(Object other, long from) throws Exception {
        AnnotationEventHandlerAdapter again = new AnnotationEventHandlerAdapter(other);
        for (long at = from; at < position; at++) {
            again.handle(delivered.get(at));
        }
    }

    /** Everything in force on {@code asOf}, as the record stood after the last event. */
    public PointInTime asOf(String date) {
        return new PointInTime(LocalDate.parse(date), lastRecorded);
    }

    public static PointInTime at(String asOf, Instant knownAt) {
        return new PointInTime(LocalDate.parse(asOf), knownAt);
    }
}
