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
 * Lets a command answer with the version its aggregate reached: events applied while the command
 * runs are noted in its unit of work, and the command's result becomes a {@link CommandOutcome}.
 */
public class AggregateVersionTracker implements MessageDispatchInterceptor<EventMessage<?>>,
        MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String LAST_EVENT = AggregateVersionTracker.class.getName() + ".lastEvent";

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (message instanceof DomainEventMessage<?> domainEvent && CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().root().resources().put(LAST_EVENT, domainEvent);
            }
            return message;
        };
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        DomainEventMessage<?> last = unitOfWork.root().getResource(LAST_EVENT);
        return last == null ? result : new CommandOutcome(last.getAggregateIdentifier(), last.getSequenceNumber());
    }
}
