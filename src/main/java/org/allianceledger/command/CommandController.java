package org.allianceledger.command;

import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code POST /api/commands/{name}}: one endpoint per command in the {@link CommandCatalog},
 * JSON in, the aggregate id and its new version out. Each is documented separately in the
 * OpenAPI description ({@code CommandApiDocumentation}). With an {@code Idempotency-Key}, a retry
 * answers what the first answered ({@code Idempotent-Replayed: true}) and records nothing. The
 * answer's format is settled when the request is mapped, before the command is read: a client that
 * accepts only HTML or CSV is answered 406 with nothing recorded, not 406 after the write, which a
 * retry would record twice.
 */
@RestController
@Hidden
class CommandController {

    static final String REPLAYED = "Idempotent-Replayed";

    private final CommandReader reader;
    private final CommandDispatcher dispatcher;
    private final IdempotentCommands idempotent;

    CommandController(CommandReader reader, CommandDispatcher dispatcher, IdempotentCommands idempotent) {
        this.reader = reader;
        this.dispatcher = dispatcher;
        this.idempotent = idempotent;
    }

    @PostMapping(path = "/api/commands/{name}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<CommandOutcome> handle(@PathVariable String name, @RequestBody(required = false) String body,
                                          Principal recorder,
                                          @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
                                          @RequestHeader(name = RecordingMetadata.CORRELATION_HEADER, required = false)
                                          String correlationId) {
        Object command = reader.read(name, body);
        if (correlationId != null) {
            RecordingMetadata.clientId(RecordingMetadata.CORRELATION_HEADER, correlationId);
        }
        if (key == null) {
            return ResponseEntity.ok(dispatcher.dispatch(command, recorder, null, correlationId));
        }
        IdempotentCommands.Answer answer = idempotent.once(recorder.getName(), key, command,
                () -> dispatcher.dispatch(command, recorder, key, correlationId));
        return ResponseEntity.ok().header(REPLAYED, String.valueOf(answer.replayed())).body(answer.outcome());
    }
}
