package org.allianceledger.command;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

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

    /** Until sign-in exists (issue: Trust), requests without a principal are recorded as {@value #ANONYMOUS}. */
    public static final String ANONYMOUS = "anonymous";

    public CommandOutcome dispatch(Object command, Principal recorder) {
        return dispatch(command, recorder == null ? ANONYMOUS : recorder.getName(), null, null);
    }

    public CommandOutcome dispatch(Object command, String recorder, String clientCommandId, String recorderNote) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(RecordingMetadata.RECORDER, recorder);
        if (clientCommandId != null) {
            metadata.put(RecordingMetadata.CLIENT_COMMAND_ID, clientCommandId);
        }
        if (recorderNote != null) {
            metadata.put(RecordingMetadata.RECORDER_NOTE, recorderNote);
        }
        Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
        if (result instanceof AggregateVersionTracker.PendingOutcome pending && pending.outcome() != null) {
            return pending.outcome();
        }
        throw new IllegalStateException("Command " + command.getClass().getSimpleName() + " recorded no event");
    }
}
