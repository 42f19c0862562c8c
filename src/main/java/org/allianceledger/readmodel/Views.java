package org.allianceledger.readmodel;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every read model's event handlers, given events directly when a start or a replay folds many at
 * once. The processor hands a catching-up stream over in buffers of 1,024 events and waits 100 ms
 * whenever its buffer is full, so through it a rebuild takes in about ten thousand events a second
 * however fast the views are; the processor only tails the store after such a fold.
 */
final class Views {

    private static final Logger log = LoggerFactory.getLogger(Views.class);

    private final List<AnnotationEventHandlerAdapter> handlers;
    /** Which views take an event depends on its payload's type alone: no view's handler asks more. */
    private final Map<Class<?>, List<AnnotationEventHandlerAdapter>> taking = new HashMap<>();

    /** @param projections the read models: objects with {@code @EventHandler} and {@code @ResetHandler} methods */
    Views(Collection<Object> projections) {
        this.handlers = projections.stream().map(AnnotationEventHandlerAdapter::new).toList();
    }

    /** Gives {@code message} to every view that takes it; one that fails is logged and the others go on, as in the processor. */
    void fold(EventMessage<?> message) {
        for (AnnotationEventHandlerAdapter view : taking.computeIfAbsent(message.getPayloadType(),
                type -> handlers.stream().filter(candidate -> candidate.canHandle(message)).toList())) {
            try {
                view.handle(message);
            } catch (Exception e) {
                log.error("Read model {} failed on event {} ({}); going on without it", view.getTargetType().getSimpleName(),
                        message.getIdentifier(), message.getPayloadType().getSimpleName(), e);
            }
        }
    }

    /** Empties every view (their reset handlers), for a fold from the first event. */
    void reset() {
        handlers.forEach(view -> view.prepareReset(null));
    }
}
