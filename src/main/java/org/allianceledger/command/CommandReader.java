package org.allianceledger.command;

import org.allianceledger.alliance.DecisionCommand;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
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
            throw new MalformedCommandException(explain(e), e);
        }
        if (command == null) {
            throw new MalformedCommandException("The body of '" + name + "' is null: send the command as a JSON object", null);
        }
        limits.check(command);
        return command;
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
