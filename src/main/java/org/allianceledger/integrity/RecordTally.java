package org.allianceledger.integrity;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import org.allianceledger.store.LedgerEventStorageEngine;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.springframework.stereotype.Component;


/**
 * How large the record is and when it was last sealed, for the footer of every printed page. Kept by
 * reading only the store positions written since the last look, by key, so a page costs a lookup,
 * not a walk over the whole record; the first look reads them all once.
 */
@Component
class RecordTally {

    private static final int BATCH = 1_000;
    private static final String MERKLE_ROOT = "merkleRoot";

    private final MongoTemplate store;
    private final EventStore eventStore;
    private final EventEntryConfiguration fields = EventEntryConfiguration.getDefault();

    private long seenThrough = -1;
    private long events;
    private Seal latestSeal;

    RecordTally(MongoTemplate store, EventStore eventStore) {
        this.store = store;
        this.eventStore = eventStore;
    }

    /** The latest seal: when it was made and the Merkle root of every stream's head it records. */
    record Seal(Instant sealedAt, String merkleRoot) {
    }

    /** The record as stored now: how many events it holds and its latest seal (null before the first). */
    record Tally(long events, Seal latestSeal) {
    }

    synchronized Tally now() {
        TrackingToken head = eventStore.createHeadToken();
        long through = head instanceof GlobalSequenceTrackingToken global ? global.getGlobalIndex() : -1;
        for (long first = seenThrough + 1; first <= through; first += BATCH) {
            List<Long> positions = LongStream.rangeClosed(first, Math.min(first + BATCH - 1, through)).boxed().toList();
            LedgerEventStorageEngine.eventsAt(store.eventCollection(), positions, fields.aggregateIdentifierProperty(),
                            fields.timestampProperty(), fields.payloadProperty() + "." + MERKLE_ROOT)
                    .forEach(this::count);
        }
        seenThrough = Math.max(seenThrough, through);
        return new Tally(events, latestSeal);
    }

    private void count(Document event) {
        events++;
        if (IntegritySealed.STREAM.equals(event.getString(fields.aggregateIdentifierProperty()))) {
            Document payload = event.get(fields.payloadProperty(), Document.class);
            latestSeal = new Seal(Instant.parse(event.getString(fields.timestampProperty())),
                    payload == null ? null : payload.getString(MERKLE_ROOT));
        }
    }
}
