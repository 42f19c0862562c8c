package org.allianceledger.command;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;

/**
 * Lets a command answer with the version its aggregate reached, and holds it to the version its
 * {@link ExpectedVersion} names. Axon intercepts a command's events only when its unit of work
 * prepares to commit, after the handler has returned; so the handler's result becomes a
 * {@link PendingOutcome} that is completed from the last event at that point and read by the sender
 * once the command has committed. An expected version is checked twice: before the handler runs,
 * so a stale command is refused as stale whatever else is wrong with it, and against its first
 * event's sequence number, which no command recorded in between on any instance can get past.
 */
class AggregateVersionTracker implements MessageDispatchInterceptor<EventMessage<?>>,
        MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String PENDING = AggregateVersionTracker.class.getName() + ".pending";

    private final EventStore events;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    AggregateVersionTracker(EventStore events) {
        this.events = events;
    }

    /** Filled in when the command's events are published; read after the command has committed. */
    static final class PendingOutcome {

        private final ExpectedVersion expected;
        private volatile CommandOutcome outcome;

        private PendingOutcome(ExpectedVersion expected) {
            this.expected = expected;
        }

        CommandOutcome outcome() {
            return outcome;
        }
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (message instanceof DomainEventMessage<?> event && CurrentUnitOfWork.isStarted()) {
                PendingOutcome pending = CurrentUnitOfWork.get().root().getResource(PENDING);
                if (pending != null) {
                    if (pending.outcome == null && pending.expected != null) {
                        long before = event.getSequenceNumber() - 1;
                        pending.expected.require(event.getAggregateIdentifier(), before < 0 ? Optional.empty() : Optional.of(before));
                    }
                    pending.outcome = new CommandOutcome(event.getAggregateIdentifier(), event.getSequenceNumber());
                }
            }
            return message;
        };
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        ExpectedVersion expected = command.getMetaData().get(ExpectedVersion.METADATA) instanceof Long version
                ? new ExpectedVersion(version) : null;
        if (expected != null) {
            String aggregateId = targets.resolveTarget(command).getIdentifier();
            expected.require(aggregateId, events.lastSequenceNumberFor(aggregateId));
        }
        PendingOutcome pending = new PendingOutcome(expected);
        unitOfWork.root().resources().put(PENDING, pending);
        chain.proceed();
        return pending;
    }
}
