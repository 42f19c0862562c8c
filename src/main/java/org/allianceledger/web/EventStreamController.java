package org.allianceledger.web;

import java.util.List;

import org.allianceledger.command.ExpectedVersion;
import org.allianceledger.web.StoredEvents.StoredEvent;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The events behind an aggregate, as stored, with its version as the entity tag a command's {@code If-Match} names. */
@RestController
class EventStreamController {

    private final StoredEvents events;

    EventStreamController(StoredEvents events) {
        this.events = events;
    }

    @GetMapping("/api/streams/{aggregateId}")
    ResponseEntity<List<StoredEvent>> stream(@PathVariable String aggregateId) {
        List<StoredEvent> stream = events.stream(aggregateId);
        if (stream.isEmpty()) {
            throw new AggregateNotFoundException(aggregateId, "No events for " + aggregateId);
        }
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(stream.get(stream.size() - 1).sequenceNumber())).body(stream);
    }
}
