package org.allianceledger.businesscase;

import java.util.Optional;

import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseApproved;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseOptionChanged;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseSuperseded;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseWithdrawn;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Answers from the case's own events rather than a read model, so a rule that depends on a
 * business case never sees a stale answer, and needs no replay of its own.
 */
@Component
public class BusinessCasesInTheEventStore implements ApprovedBusinessCases {

    private final EventStore eventStore;

    public BusinessCasesInTheEventStore(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<ApprovedCase> find(String caseId) {
        ApprovedCase found = null;
        DomainEventStream events = eventStore.readEvents(caseId);
        while (events.hasNext()) {
            Object event = events.next().getPayload();
            if (event instanceof BusinessCaseApproved approved) {
                found = new ApprovedCase(caseId, approved.functionId(), true, approved.caseVersion());
            } else if (found != null && event instanceof BusinessCaseOptionChanged changed) {
                found = new ApprovedCase(caseId, found.functionId(), found.standing(), changed.caseVersion());
            } else if (found != null && (event instanceof BusinessCaseSuperseded || event instanceof BusinessCaseWithdrawn)) {
                found = new ApprovedCase(caseId, found.functionId(), false, found.version());
            }
        }
        return Optional.ofNullable(found);
    }
}
