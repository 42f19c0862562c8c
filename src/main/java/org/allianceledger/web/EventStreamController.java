package org.allianceledger.web;

import java.util.List;

import org.allianceledger.web.StoredEvents.StoredEvent;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The events behind an aggregate, as stored. */
@RestController
class EventStreamController {

    private final StoredEvents events;

    EventStreamController(StoredEvents events) {
        this.events = events;
    }

    @GetMapping("/api/streams/{aggregateId}")
    List<StoredEvent> stream(@PathVariable String aggregateId) {
        List<StoredEvent> stream = events.stream(aggregateId);
        if (stream.isEmpty()) {
            throw new AggregateNotFoundException(aggregateId, "No events for " + aggregateId);
        }
        return stream;
    }
}
