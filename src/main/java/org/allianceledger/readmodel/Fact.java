package org.allianceledger.readmodel;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.RecordedDecision;
import org.axonframework.eventhandling.EventMessage;

/**
 * One event as a view takes it in: what it says, and its times. A keyed view holds its facts for as
 * long as it runs, and none of them shows a decision's rationale (the decision register does, and
 * reads it from the store for the rows a page shows): a fact holds its event without it.
 */
public record Fact<E extends RecordedDecision>(String eventId, E event, Bitemporal time) {

    /** Each event type's canonical constructor and the place of its decision among its components. */
    private static final ClassValue<Copying> COPYING = new ClassValue<>() {
        @Override
        protected Copying computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
                constructor.setAccessible(true); // an event type nested in a class, as tests declare them
                Arrays.stream(components).forEach(component -> component.getAccessor().setAccessible(true));
                return new Copying(components, constructor,
                        Arrays.stream(components).map(RecordComponent::getType).toList().indexOf(DecisionContext.class));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("A record has its canonical constructor: " + type, e);
            }
        }
    };

    private record Copying(RecordComponent[] components, Constructor<?> constructor, int decision) {
    }

    public static <E extends RecordedDecision> Fact<E> of(E event, EventMessage<?> message) {
        return new Fact<>(message.getIdentifier(), withoutRationale(event), Bitemporal.of(message, event.decision()));
    }

    /** {@code event} with its decision's rationale left out; itself where it has none, or is not a record. */
    @SuppressWarnings("unchecked")
    static <E extends RecordedDecision> E withoutRationale(E event) {
        DecisionContext decision = event.decision();
        if (decision == null || decision.rationale() == null || !event.getClass().isRecord()) {
            return event;
        }
        Copying copying = COPYING.get(event.getClass());
        if (copying.decision() < 0) {
            return event;
        }
        try {
            Object[] values = new Object[copying.components().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = copying.components()[i].getAccessor().invoke(event);
            }
            values[copying.decision()] = new DecisionContext(decision.decidedOn(), decision.body(), decision.decidedBy(), null,
                    decision.source(), decision.dateInferredFrom(), decision.nature());
            return (E) copying.constructor().newInstance(values);
        } catch (InvocationTargetException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("An event is copied as it was made: " + event.getClass(), e);
        }
    }
}
