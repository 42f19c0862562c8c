package org.allianceledger.integrity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.allianceledger.store.LedgerSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Links every event into its stream's hash chain as it is published, before it is stored: its
 * metadata gains its own hash and its predecessor's. The predecessor is either stored already or
 * published earlier in the same unit of work (a command that applies several events).
 */
class EventChaining implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String UNCOMMITTED_HEADS = EventChaining.class.getName() + ".heads";

    private final Serializer serializer;
    private final StoredChain stored;

    EventChaining(Serializer serializer, StoredChain stored) {
        this.serializer = serializer;
        this.stored = stored;
    }

    /** The last hash published, not yet committed, per stream: stream id → sequence → hash. */
    private record Head(long sequence, String hash) {
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, Head> heads = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(UNCOMMITTED_HEADS, key -> new HashMap<String, Head>())
                : new HashMap<>();
        return (index, message) -> message instanceof DomainEventMessage<?> event ? link(event, heads) : message;
    }

    private EventMessage<?> link(DomainEventMessage<?> recorded, Map<String, Head> heads) {
        DomainEventMessage<?> event = recorded.andMetaData(Map.of(ChainedEvent.HASH_FORMAT, ChainedEvent.FULL_PRECISION));
        String stream = event.getAggregateIdentifier();
        long sequence = event.getSequenceNumber();
        String previous = previousHash(stream, sequence, heads);
        SerializedType type = serializer.typeForClass(event.getPayloadType());
        JsonNode payload = CanonicalJson.read(serializer.serialize(event.getPayload(), String.class).getData());
        JsonNode metadata = LedgerSerializer.JSON.valueToTree(event.getMetaData());
        String hash = new ChainedEvent(event.getIdentifier(), stream, sequence, type.getName(), type.getRevision(),
                event.getTimestamp(), payload, metadata, null).hash(previous);
        heads.put(stream, new Head(sequence, hash));
        return event.andMetaData(Map.of(ChainedEvent.HASH, hash, ChainedEvent.PREVIOUS_HASH, previous));
    }

    private String previousHash(String stream, long sequence, Map<String, Head> heads) {
        if (sequence == 0) {
            return ChainedEvent.GENESIS;
        }
        Head head = heads.get(stream);
        if (head != null && head.sequence() == sequence - 1) {
            return head.hash();
        }
        // A predecessor without a hash (recorded before chaining existed) links as missing; verify reports it.
        return stored.hashOf(stream, sequence - 1).orElse(ChainedEvent.GENESIS);
    }
}
