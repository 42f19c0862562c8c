package org.allianceledger.command;

import java.util.List;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Lets a command answer with the version its aggregate reached. Axon intercepts a command's events
 * only when its unit of work prepares to commit, after the handler has returned; so the handler's
 * result becomes a {@link PendingOutcome} that is completed from the last event at that point and
 * read by the sender once the command has committed.
 */
public class AggregateVersionTracker implements MessageDispatchInterceptor<EventMessage<?>>,
        MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String PENDING = AggregateVersionTracker.class.getName() + ".pending";

    /** Filled in when the command's events are published; read after the command has committed. */
    public static final class PendingOutcome {

        private volatile CommandOutcome outcome;

        public CommandOutcome outcome() {
            return outcome;
        }
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (message instanceof DomainEventMessage<?> event && CurrentUnitOfWork.isStarted()) {
                PendingOutcome pending = CurrentUnitOfWork.get().root().getResource(PENDING);
                if (pending != null) {
                    pending.outcome = new CommandOutcome(event.getAggregateIdentifier(), event.getSequenceNumber());
                }
            }
            return message;
        };
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        PendingOutcome pending = new PendingOutcome();
        unitOfWork.root().resources().put(PENDING, pending);
        chain.proceed();
        return pending;
    }
}
