package org.allianceledger.store;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once the service has started, the embedded engine's housekeeping starts (held back until then). */
@Component
class EmbeddedHousekeeping {

    private final LedgerStore store;

    EmbeddedHousekeeping(LedgerStore store) {
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        store.embedded().ifPresent(EmbeddedMongoServer::startHousekeeping);
    }
}
