package org.allianceledger.integrity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.allianceledger.command.RecordingMetadata;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Seals the record, and checkpoints the log with it: on request and periodically, whenever something was recorded since the last seal. */
@Component
public class IntegritySeals {

    static final String SEALER = "integrity-seal";
    private static final String STREAM_TYPE = "IntegritySeal";
    private static final Logger log = LoggerFactory.getLogger(IntegritySeals.class);

    private final EventStore eventStore;
    private final StoredChain chain;
    private final Clock clock;
    private final LogCheckpoints checkpoints;

    IntegritySeals(EventStore eventStore, StoredChain chain, Clock clock, LogCheckpoints checkpoints) {
        this.eventStore = eventStore;
        this.chain = chain;
        this.clock = clock;
        this.checkpoints = checkpoints;
    }

    /** @return the new seal, or empty when nothing was recorded since the last one */
    public synchronized Optional<IntegritySealed> seal(String sealedBy) {
        List<ChainedEvent> events = chain.all().events();
        Map<String, ChainedEvent> lastOfStream = new LinkedHashMap<>();
        events.forEach(event -> lastOfStream.put(event.aggregateId(), event));
        ChainedEvent lastSeal = lastOfStream.remove(IntegritySealed.STREAM);
        List<IntegritySealed.StreamHead> heads = new ArrayList<>();
        lastOfStream.values().forEach(head -> heads.add(new IntegritySealed.StreamHead(head.aggregateId(), head.sequence(), head.storedHash())));
        String root = MerkleRoot.of(heads);
        if (lastSeal != null && root.equals(lastSeal.payload().path("merkleRoot").asText())) {
            return Optional.empty();
        }
        IntegritySealed seal = new IntegritySealed(clock.instant(), List.copyOf(heads), root);
        long sequence = lastSeal == null ? 0 : lastSeal.sequence() + 1;
        eventStore.publish(new GenericDomainEventMessage<>(STREAM_TYPE, IntegritySealed.STREAM, sequence, seal,
                MetaData.with(RecordingMetadata.RECORDER, sealedBy).and(RecordingMetadata.CORRELATION_ID, UUID.randomUUID().toString())));
        log.info("Sealed {} streams under Merkle root {}", heads.size(), root);
        checkpoints.checkpoint(sealedBy);
        return Optional.of(seal);
    }

    @Scheduled(initialDelayString = "${ledger.integrity.seal-every}", fixedDelayString = "${ledger.integrity.seal-every}")
    void sealPeriodically() {
        seal(SEALER);
    }
}
