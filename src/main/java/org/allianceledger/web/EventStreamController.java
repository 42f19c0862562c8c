package org.allianceledger.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.serialization.Serializer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The events behind an aggregate, as stored: for an auditor who wants the record itself, not a projection of it. */
@RestController
class EventStreamController {

    private final EventStore eventStore;
    private final Serializer serializer;

    EventStreamController(EventStore eventStore, Serializer serializer) {
        this.eventStore = eventStore;
        this.serializer = serializer;
    }

    record StoredEvent(String aggregateId, long sequenceNumber, String type, String revision, String eventId,
                       Instant recordedAt, Object payload, Map<String, Object> metadata) {
    }

    @GetMapping("/api/streams/{aggregateId}")
    List<StoredEvent> stream(@PathVariable String aggregateId) {
        List<StoredEvent> events = eventStore.readEvents(aggregateId).asStream()
                .map(this::toStoredEvent)
                .toList();
        if (events.isEmpty()) {
            throw new AggregateNotFoundException(aggregateId, "No events for " + aggregateId);
        }
        return events;
    }

    private StoredEvent toStoredEvent(DomainEventMessage<?> event) {
        var type = serializer.typeForClass(event.getPayloadType());
        return new StoredEvent(event.getAggregateIdentifier(), event.getSequenceNumber(), type.getName(),
                type.getRevision(), event.getIdentifier(), event.getTimestamp(), event.getPayload(), event.getMetaData());
    }
}
