package org.allianceledger.command;

import java.util.Collection;

import org.allianceledger.alliance.DecisionCommand;
import org.allianceledger.alliance.InvalidInput;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a command from JSON with the web layer's mapper made strict, then holds it to the
 * {@link InputLimits}. A field that fails its record's checks is reported in the record's own words.
 * Strict, because a command is evidence: a key given twice, a number where text belongs (or text,
 * a fraction or a null where a number belongs) or an enum by its position is refused, not guessed at.
 */
@Component
public class CommandReader {

    private static final String NOT_AN_OBJECT = "The body must be a JSON object";

    private final CommandCatalog catalog;
    private final JsonMapper json;
    private final CommandInputCheck limits;

    public CommandReader(CommandCatalog catalog, JsonMapper json, CommandInputCheck limits) {
        this.catalog = catalog;
        this.json = strict(json);
        this.limits = limits;
    }

    static JsonMapper strict(JsonMapper json) {
        return json.rebuild()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
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
            throw refusal(e);
        }
        if (command == null) { // the body was the JSON literal null
            throw new MalformedCommandException(NOT_AN_OBJECT, null);
        }
        requireAsSent(json.readTree(body), "");
        if (command.decision() == null) { // every rule a handler checks starts from the decision
            throw MalformedCommandException.inField("decision", "is required: when, by whom and on what evidence it was decided");
        }
        limits.check(command);
        return command;
    }

    /**
     * Text is recorded as it is sent, so that it reads back identically; a command's values trim their
     * text and read empty text as none, so such text is refused here rather than recorded changed.
     */
    private static void requireAsSent(JsonNode node, String field) {
        if (node.isString()) {
            String text = node.stringValue();
            if (text.isEmpty()) {
                throw MalformedCommandException.inField(field, "is empty: leave out a field that has no value");
            }
            if (Character.isWhitespace(text.codePointAt(0)) || Character.isWhitespace(text.codePointBefore(text.length()))) {
                throw MalformedCommandException.inField(field, "begins or ends with white space: send the text as it is to be recorded");
            }
        } else if (node.isObject()) {
            node.properties().forEach(property -> requireAsSent(property.getValue(),
                    field.isEmpty() ? property.getKey() : field + "." + property.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireAsSent(node.get(i), field + "[" + i + "]");
            }
        }
    }

    /**
     * A value's or a record's own checks refuse the client's input as {@link InvalidInput}, which
     * Jackson wraps, with the path to the value, in a {@link ValueInstantiationException}: it is
     * refused naming the field, the check's or else the path's. Anything else a constructor throws is
     * the service's fault and goes on as it is; any other failure to read is the JSON's.
     */
    private static RuntimeException refusal(JacksonException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidInput invalid) {
                String field = invalid.field() != null ? invalid.field() : field(e);
                return new MalformedCommandException(field.isEmpty() ? null : field, invalid.getMessage(), e);
            }
        }
        return e instanceof ValueInstantiationException ? e : new MalformedCommandException(explain(e), e);
    }

    /** In the client's terms: the field and what it should have been, never the Java type it was read into. */
    private static String explain(JacksonException e) {
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
