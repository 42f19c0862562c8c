package org.allianceledger.command;

import java.time.Clock;
import java.time.LocalDate;

import org.allianceledger.alliance.DecisionCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Rejects any decision dated after today before a handler runs: one rule, checked for every command in one place. */
public class DecisionDateCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Clock clock;

    public DecisionDateCheck(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof DecisionCommand command) {
            command.decision().requireNotAfter(LocalDate.now(clock));
        }
        return chain.proceed();
    }
}
