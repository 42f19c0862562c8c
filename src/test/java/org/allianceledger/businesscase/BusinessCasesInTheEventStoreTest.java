package org.allianceledger.businesscase;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.allianceledger.businesscase.ApprovedBusinessCases.ApprovedCase;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseApproved;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseOptionChanged;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseWithdrawn;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

class BusinessCasesInTheEventStoreTest {

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final ApprovedBusinessCases cases = new BusinessCasesInTheEventStore(eventStore);

    private void record(String caseId, Object... events) {
        for (int i = 0; i < events.length; i++) {
            eventStore.publish(new GenericDomainEventMessage<>("BusinessCase", caseId, i, events[i]));
        }
    }

    @Test
    void aCaseNeverApprovedIsNotFound() {
        assertThat(cases.find("bc-unknown")).isEmpty();
    }

    @Test
    void anApprovedCaseStandsForItsFunctionThroughOptionChanges() {
        record("bc-ict", new BusinessCaseApproved("bc-ict", "ict", "ICT", "a", List.of(), 1, on("2015-10")),
                new BusinessCaseOptionChanged("bc-ict", "a", "b", List.of(), 2, on("2016")));

        assertThat(cases.find("bc-ict")).contains(new ApprovedCase("bc-ict", "ict", true, 2));
    }

    @Test
    void aWithdrawnCaseNoLongerStands() {
        record("bc-hr", new BusinessCaseApproved("bc-hr", "human-resources", "HR", null, List.of(), 1, on("2015-05")),
                new BusinessCaseWithdrawn("bc-hr", on("2016")));

        assertThat(cases.find("bc-hr")).contains(new ApprovedCase("bc-hr", "human-resources", false, 1));
    }
}
