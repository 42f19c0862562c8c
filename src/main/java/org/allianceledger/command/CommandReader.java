package org.allianceledger.command;

import java.util.Collection;

import org.allianceledger.alliance.DecisionCommand;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a command from JSON with the web layer's mapper (strict: unknown fields are errors). A
 * field that fails its record's checks is reported in the record's own words.
 */
@Component
public class CommandReader {

    private static final String NOT_AN_OBJECT = "The body must be a JSON object";

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
        DecisionCommand command;
        try {
            command = json.readValue(body, type);
        } catch (JacksonException e) {
            throw new MalformedCommandException(explain(e), e);
        }
        if (command == null) { // the body was the JSON literal null
            throw new MalformedCommandException(NOT_AN_OBJECT, null);
        }
        return command;
    }

    /** In the client's terms: the field and what it should have been, never the Java type it was read into. */
    private static String explain(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof NullPointerException) {
                return t.getMessage();
            }
        }
        String field = field(e);
        if (e instanceof UnrecognizedPropertyException) {
            return "There is no field '" + field + "'";
        }
        if (e instanceof MismatchedInputException mismatch) {
            return field.isEmpty() ? NOT_AN_OBJECT : "Field '" + field + "' " + expected(mismatch.getTargetType());
        }
        if (e instanceof StreamReadException) {
            return "The body is not well-formed JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
        }
        return field.isEmpty() ? "The body cannot be read as this command" : "Field '" + field + "' cannot be read";
    }

    /** The path to the offending value, as {@code decision.decidedBy[1]}. */
    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a field of this type takes, where JSON has a word for it; a value type such as a date says so in its own checks. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "has a value of the wrong type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "must be text";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return "has a value of the wrong type";
    }
}
