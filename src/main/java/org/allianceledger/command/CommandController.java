package org.allianceledger.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
 * retry would record twice. The body
 * is read here, at most {@code ledger.limits.max-request-bytes} of it (a chunked body declares no
 * length, so the read itself is bounded), and must be UTF-8: a larger one answers 413 unread.
 */
@RestController
@Hidden
class CommandController {

    static final String REPLAYED = "Idempotent-Replayed";

    private final CommandReader reader;
    private final CommandRecording recording;
    private final int maxBodyBytes;

    CommandController(CommandReader reader, CommandRecording recording, InputLimits limits) {
        this.reader = reader;
        this.recording = recording;
        this.maxBodyBytes = (int) limits.maxRequestBytes().toBytes();
    }

    @PostMapping(path = "/api/commands/{name}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<CommandOutcome> handle(@PathVariable String name, HttpServletRequest request, Principal recorder,
                                          @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
                                          @RequestHeader(name = RecordingMetadata.CORRELATION_HEADER, required = false)
                                          String correlationId,
                                          @RequestHeader(name = ExpectedVersion.HEADER, required = false) String ifMatch)
            throws IOException {
        Object command = reader.read(name, body(request));
        ExpectedVersion expected = ExpectedVersion.parse(ifMatch);
        if (correlationId != null) {
            RecordingMetadata.clientId(RecordingMetadata.CORRELATION_HEADER, correlationId);
        }
        IdempotentCommands.Answer answer = recording.record(command, recorder, key, correlationId, expected);
        return recorded(answer.outcome(), key == null ? null : answer.replayed());
    }

    /** With the aggregate's new version as its entity tag, for the next command's {@code If-Match}. */
    private static ResponseEntity<CommandOutcome> recorded(CommandOutcome outcome, Boolean replayed) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().eTag(ExpectedVersion.etag(outcome.version()));
        if (replayed != null) {
            answer.header(REPLAYED, replayed.toString());
        }
        return answer.body(outcome);
    }

    private String body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw new CommandTooLargeException(maxBodyBytes);
        }
        InputStream in = request.getInputStream();
        byte[] bytes = in.readNBytes(maxBodyBytes + 1);
        if (bytes.length > maxBodyBytes) {
            throw new CommandTooLargeException(maxBodyBytes);
        }
        try {
            // JSON is UTF-8 (RFC 8259): bytes that are not are refused, not silently replaced by U+FFFD.
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedCommandException("The body is not valid UTF-8", e);
        }
    }
}
