package org.allianceledger.command;

import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code POST /api/commands/{name}}: one endpoint per command in the {@link CommandCatalog},
 * JSON in, the aggregate id and its new version out. Each is documented separately in the
 * OpenAPI description ({@code CommandApiDocumentation}).
 */
@RestController
@Hidden
class CommandController {

    private final CommandReader reader;
    private final CommandDispatcher dispatcher;

    CommandController(CommandReader reader, CommandDispatcher dispatcher) {
        this.reader = reader;
        this.dispatcher = dispatcher;
    }

    @PostMapping(path = "/api/commands/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CommandOutcome handle(@PathVariable String name, @RequestBody(required = false) String body, Principal recorder) {
        return dispatcher.dispatch(reader.read(name, body), recorder);
    }
}
