package org.allianceledger.integrity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.allianceledger.command.RecordingMetadata;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Signs checkpoints of the log's Merkle tree and stores them as events: at each seal and on request. */
@Component
class LogCheckpoints {

    private static final String STREAM_TYPE = "IntegrityCheckpoint";
    private static final Logger log = LoggerFactory.getLogger(LogCheckpoints.class);

    private final LogTree tree;
    private final EventStore eventStore;
    private final ObjectProvider<CheckpointKeys> keys;
    private final Clock clock;

    LogCheckpoints(LogTree tree, EventStore eventStore, ObjectProvider<CheckpointKeys> keys, Clock clock) {
        this.tree = tree;
        this.eventStore = eventStore;
        this.keys = keys;
        this.clock = clock;
    }

    /** The latest checkpoint, made now when there is none. */
    IntegrityCheckpointed latest(String requestedBy) {
        return tree.latestCheckpoint().map(LogTree.Latest::checkpoint).orElseGet(() -> checkpoint(requestedBy));
    }

    /** A checkpoint of the log as it stands; the latest one when nothing but it was stored since. */
    synchronized IntegrityCheckpointed checkpoint(String requestedBy) {
        LogTree.Head head = tree.head();
        LogTree.Latest latest = tree.latestCheckpoint().orElse(null);
        if (latest != null && head.size() == latest.leaf() + 1) {
            return latest.checkpoint();
        }
        IntegrityCheckpointed checkpoint = Checkpoints.sign(head.size(), head.root(), clock.instant(), keys.getObject().all());
        eventStore.publish(new GenericDomainEventMessage<>(STREAM_TYPE, IntegrityCheckpointed.STREAM,
                latest == null ? 0 : latest.sequence() + 1, checkpoint,
                MetaData.with(RecordingMetadata.RECORDER, requestedBy).and(RecordingMetadata.CORRELATION_ID, UUID.randomUUID().toString())));
        log.info("Checkpointed the log at {} events under root {}", head.size(), head.root());
        return checkpoint;
    }

    /** The key that signs, and while it replaces another, the previous one too. */
    record CheckpointKeys(List<SigningKey> all) {
    }
}
