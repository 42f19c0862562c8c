package org.allianceledger.command;

import java.security.Principal;

import org.springframework.stereotype.Component;

/**
 * Records a command read by {@link CommandReader}, as the API and the recording pages both do: under
 * an idempotency key, once per key of its recorder (a retry answers as the first did).
 */
@Component
public class CommandRecording {

    private final CommandDispatcher dispatcher;
    private final IdempotentCommands idempotent;

    CommandRecording(CommandDispatcher dispatcher, IdempotentCommands idempotent) {
        this.dispatcher = dispatcher;
        this.idempotent = idempotent;
    }

    /** Checks the command as {@link #record} would, every rule included, and records nothing (see {@link CommandDispatcher#check}). */
    public void check(Object command, Principal recorder) {
        dispatcher.check(command, recorder);
    }

    /** @param key the recorder's idempotency key, or null to record it however often it is sent */
    public IdempotentCommands.Answer record(Object command, Principal recorder, String key, String correlationId,
                                            ExpectedVersion expected) {
        if (key == null) {
            return new IdempotentCommands.Answer(dispatcher.dispatch(command, recorder, null, correlationId, expected), false);
        }
        // A retry of a recorded command answers as the first did, whatever version it now expects.
        return idempotent.once(recorder.getName(), key, command, () -> dispatcher.dispatch(command, recorder, key, correlationId, expected));
    }
}
