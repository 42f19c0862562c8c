package org.allianceledger.readmodel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The event store as the read models' processor reads it ({@link #around}), its streams prompting the
 * processor to look for new events every {@code ledger.read-models.prompt-interval}. The embedded event store's streams cannot say when
 * events arrive, and a pooled processor on such a stream looks again only every 500 ms once it has
 * caught up: a read just after a write waited up to that long, and so did stopping the processor
 * for a replay. A prompt with nothing new costs a look at the store's in-memory tail.
 */
@Component
class PromptedEvents implements DisposableBean {

    private final Duration interval;
    private final ScheduledExecutorService prompter = Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().daemon().name("read-models-prompter").unstarted(task));

    PromptedEvents(ReadModelProperties properties) {
        this.interval = properties.promptInterval();
    }

    /** {@code store}, its streams prompting whoever reads them. */
    StreamableMessageSource<TrackedEventMessage<?>> around(StreamableMessageSource<TrackedEventMessage<?>> store) {
        return new StreamableMessageSource<>() {
            @Override
            public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
                return new Prompted(store.openStream(trackingToken));
            }

            @Override
            public TrackingToken createTailToken() {
                return store.createTailToken();
            }

            @Override
            public TrackingToken createHeadToken() {
                return store.createHeadToken();
            }

            @Override
            public TrackingToken createTokenAt(Instant dateTime) {
                return store.createTokenAt(dateTime);
            }

            @Override
            public TrackingToken createTokenSince(Duration duration) {
                return store.createTokenSince(duration);
            }
        };
    }

    @Override
    public void destroy() {
        prompter.shutdownNow();
    }

    private final class Prompted implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private ScheduledFuture<?> prompts;

        Prompted(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        @Override
        public synchronized boolean setOnAvailableCallback(Runnable callback) {
            stopPrompting();
            long millis = interval.toMillis();
            prompts = prompter.scheduleWithFixedDelay(callback, millis, millis, TimeUnit.MILLISECONDS);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public boolean hasNextAvailable() {
            return events.hasNextAvailable();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return events.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return events.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            events.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            stopPrompting();
            events.close();
        }

        private synchronized void stopPrompting() {
            if (prompts != null) {
                prompts.cancel(false);
            }
        }
    }
}
