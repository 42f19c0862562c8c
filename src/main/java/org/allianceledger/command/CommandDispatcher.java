package org.allianceledger.command;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/** Sends a command on behalf of a recorder and answers with the aggregate's new version. */
@Component
public class CommandDispatcher {

    private final CommandGateway gateway;

    public CommandDispatcher(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * A command from a signed-in recorder (security lets no request without one reach a command
     * endpoint), refused as stale unless its aggregate is at the expected version, if one is given.
     */
    public CommandOutcome dispatch(Object command, Principal recorder, String clientCommandId, String correlationId,
                                   ExpectedVersion expected) {
        return dispatch(command, recorder.getName(), clientCommandId, correlationId, null, expected);
    }

    /** A recorded entry of a history file, with the recorder's note on it. */
    public CommandOutcome dispatch(Object command, String recorder, String clientCommandId, String correlationId,
                                   String recorderNote) {
        return dispatch(command, recorder, clientCommandId, correlationId, recorderNote, null);
    }

    /**
     * Checks a command as recording it would, the aggregate's rules included, and records nothing: it
     * answers when the command would be accepted and throws what recording it would throw otherwise.
     */
    public void check(Object command, Principal recorder) {
        Map<String, Object> metadata = Map.of(RecordingMetadata.RECORDER, recorder.getName(), DryRun.METADATA, Boolean.TRUE);
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
        } catch (DryRun.Passed passed) {
            return;
        }
        throw new IllegalStateException("A checked command " + command.getClass().getSimpleName() + " was not stopped before recording");
    }

    /** A null correlation id is given a new one: every recorded event carries one. */
    private CommandOutcome dispatch(Object command, String recorder, String clientCommandId, String correlationId,
                                    String recorderNote, ExpectedVersion expected) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(RecordingMetadata.RECORDER, recorder);
        metadata.put(RecordingMetadata.CORRELATION_ID, correlationId == null ? UUID.randomUUID().toString() : correlationId);
        if (clientCommandId != null) {
            metadata.put(RecordingMetadata.CLIENT_COMMAND_ID, clientCommandId);
        }
        if (recorderNote != null) {
            metadata.put(RecordingMetadata.RECORDER_NOTE, recorderNote);
        }
        if (expected != null) {
            metadata.put(ExpectedVersion.METADATA, expected.version());
        }
        Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
        if (result instanceof AggregateVersionTracker.PendingOutcome pending && pending.outcome() != null) {
            return pending.outcome();
        }
        throw new IllegalStateException("Command " + command.getClass().getSimpleName() + " recorded no event");
    }
}
