package org.allianceledger.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The processor's streams prompt it to look for new events, which the embedded event store's streams cannot. */
class PromptedEventsTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final PromptedEvents prompted = new PromptedEvents(new ReadModelProperties(null, null, null, Duration.ofMillis(5), null));

    @AfterEach
    void close() {
        prompted.destroy();
        store.shutDown();
    }

    @Test
    void aStreamPromptsItsReaderUntilItIsClosedAndReadsAsTheStoreDoes() throws Exception {
        StreamableMessageSource<TrackedEventMessage<?>> source = prompted.around(store);
        BlockingStream<TrackedEventMessage<?>> stock = store.openStream(null);
        assertThat(stock.setOnAvailableCallback(() -> { })).as("the store's own stream cannot prompt").isFalse();
        stock.close();

        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        AtomicInteger prompts = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(prompts::incrementAndGet)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> prompts.get() >= 3);

        EventMessage<String> event = GenericEventMessage.asEventMessage("recorded");
        store.publish(event);
        assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
        TrackedEventMessage<?> read = stream.nextAvailable();
        assertThat(read.getIdentifier()).isEqualTo(event.getIdentifier());
        assertThat(source.createHeadToken()).isEqualTo(store.createHeadToken());

        stream.close();
        int afterClose = prompts.get();
        AtomicInteger later = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> another = source.openStream(read.trackingToken());
        another.setOnAvailableCallback(later::incrementAndGet);
        await().atMost(Duration.ofSeconds(10)).until(() -> later.get() >= 5);
        assertThat(prompts.get()).as("a closed stream prompts no more").isLessThanOrEqualTo(afterClose + 1);
        another.close();
    }
}
