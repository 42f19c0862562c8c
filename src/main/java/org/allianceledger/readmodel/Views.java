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

    private final List<View> views;
    /** Which views take an event depends on its payload's type alone: no view's handler asks more. */
    private final Map<Class<?>, List<View>> taking = new HashMap<>();

    /** A read model and its handlers. */
    private record View(Object projection, AnnotationEventHandlerAdapter handlers) {
    }

    /** @param projections the read models: objects with {@code @EventHandler} and {@code @ResetHandler} methods */
    Views(Collection<Object> projections) {
        this.views = projections.stream().map(projection -> new View(projection, new AnnotationEventHandlerAdapter(projection))).toList();
    }

    /** The views that keep a state of their own. */
    List<ViewState> keepingState() {
        return views.stream().map(View::projection).filter(ViewState.class::isInstance).map(ViewState.class::cast).toList();
    }

    /** Whether every view keeps a state: then none needs an event its state covers. */
    boolean allKeepState() {
        return views.stream().allMatch(view -> view.projection() instanceof ViewState);
    }

    /** Whether a view besides those {@code holding} their events takes events of {@code payloadType}. */
    boolean takenBeyond(Class<?> payloadType, List<ViewState> holding) {
        return views.stream().anyMatch(view -> !holding.contains(view.projection()) && view.handlers().canHandleType(payloadType));
    }

    /** Gives {@code message} to every view that takes it; one that fails is logged and the others go on, as in the processor. */
    void fold(EventMessage<?> message) {
        fold(message, List.of());
    }

    /** {@link #fold(EventMessage)}, but not to the views {@code holding} it already (read from their state). */
    void fold(EventMessage<?> message, List<ViewState> holding) {
        for (View view : taking.computeIfAbsent(message.getPayloadType(),
                type -> views.stream().filter(candidate -> candidate.handlers().canHandle(message)).toList())) {
            if (holding.contains(view.projection())) {
                continue;
            }
            try {
                view.handlers().handle(message);
            } catch (Exception e) {
                log.error("Read model {} failed on event {} ({}); going on without it", view.handlers().getTargetType().getSimpleName(),
                        message.getIdentifier(), message.getPayloadType().getSimpleName(), e);
            }
        }
    }

    /** Empties every view (their reset handlers), for a fold from the first event. */
    void reset() {
        views.forEach(view -> view.handlers().prepareReset(null));
    }
}
