package org.allianceledger.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A command sent to be checked, not recorded: its aggregate is loaded and its handler run, so every rule
 * the handler enforces refuses it as it would when recording; once the handler has accepted it, this
 * interceptor, the innermost, fails the unit of work with {@link Passed}, which rolls it back before any
 * event is stored (Axon appends a command's events only when its unit of work commits).
 */
final class DryRun implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Metadata of a command sent only to be checked. */
    static final String METADATA = "ledger.dryRun";

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (Boolean.TRUE.equals(unitOfWork.getMessage().getMetaData().get(METADATA))) {
            throw new Passed();
        }
        return result;
    }

    /** The handler accepted the command; its unit of work is rolled back. */
    static final class Passed extends RuntimeException {

        Passed() {
            super("The command passed its checks and was not recorded", null, false, false);
        }
    }
}
