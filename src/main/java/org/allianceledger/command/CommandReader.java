package org.allianceledger.command;

import org.allianceledger.alliance.DecisionCommand;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a command from JSON with the web layer's mapper (strict: unknown fields are errors). A
 * field that fails its record's checks is reported in the record's own words.
 */
@Component
public class CommandReader {

    private final CommandCatalog catalog;
    private final JsonMapper json;

    public CommandReader(CommandCatalog catalog, JsonMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    public DecisionCommand read(String name, String body) {
        Class<? extends DecisionCommand> type = catalog.find(name).orElseThrow(() -> new UnknownCommandException(name));
        if (body == null || body.isBlank()) {
            throw new MalformedCommandException("The body of '" + name + "' is missing: send the command as JSON", null);
        }
        try {
            return json.readValue(body, type);
        } catch (JacksonException e) {
            throw new MalformedCommandException(explain(e), e);
        }
    }

    private static String explain(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof NullPointerException) {
                return t.getMessage();
            }
        }
        return e.getOriginalMessage();
    }
}
