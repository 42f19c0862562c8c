package org.allianceledger.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceledger.alliance.DueBy;
import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.LongText;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.command.CommandCatalog;
import org.allianceledger.command.CommandOutcome;
import org.allianceledger.command.ExpectedVersion;
import org.allianceledger.command.IdempotentCommands;
import org.allianceledger.command.InputLimits;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Documents each command of the {@link CommandCatalog} as its own endpoint, with its JSON schema
 * and the {@link InputLimits} its values are held to: text lengths, amounts, date patterns.
 */
@Configuration(proxyBeanMethods = false)
class CommandApiDocumentation {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    /** A four-digit year, then perhaps a month and a day: what {@link PartialDate} reads back unchanged. */
    private static final String PARTIAL_DATE = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
    private static final String FISCAL_YEAR = "^\\d{4}/\\d{2}$";

    @Bean
    OpenApiCustomizer commandEndpoints(CommandCatalog catalog, InputLimits limits) {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            Components components = openApi.getComponents();
            schemasOf(CommandOutcome.class).forEach(components::addSchemas);
            catalog.all().forEach((name, type) -> {
                var schemas = schemasOf(type);
                new Limits(limits, schemas).constrain(type);
                schemas.forEach(components::addSchemas);
                openApi.path("/api/commands/" + name, new PathItem().post(operation(name, type)));
            });
        };
    }

    private static Operation operation(String name, Class<?> type) {
        return new Operation()
                .operationId(name)
                .summary(type.getSimpleName())
                .addTagsItem("commands: " + type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1))
                .addParametersItem(header(ExpectedVersion.HEADER, "Optimistic concurrency: the version the aggregate must be at, "
                        + "as the entity tag a command's answer or the aggregate's stream (GET /api/streams/{id}) gave as ETag, "
                        + "such as \"7\"; or * for any version of an existing aggregate. Otherwise 412 and nothing is recorded"))
                .addParametersItem(header(IdempotentCommands.HEADER, "Your id for this command (1-200 characters): a retry "
                        + "with the same key and body answers what the first answered, with Idempotent-Replayed: true, and records nothing"))
                .requestBody(new RequestBody().required(true).content(content(JSON, type)))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("recorded: the aggregate id and its new version")
                                .addHeaderObject("ETag", new Header().description("the aggregate's new version, for the next command's If-Match")
                                        .schema(new Schema<>().type("string")))
                                .content(content(JSON, CommandOutcome.class)))
                        .addApiResponse("400", problem("malformed: a field is missing, misspelt, invalid or beyond its limit "
                                + "(the problem's `field` names it); nothing was recorded"))
                        .addApiResponse("404", problem("no aggregate with that id"))
                        .addApiResponse("409", problem("it already exists, or another decision was recorded first"))
                        .addApiResponse("412", problem("the aggregate is not at the version If-Match names (or does not exist); "
                                + "the answer's ETag gives its version now; nothing was recorded"))
                        .addApiResponse("413", problem("the body is larger than the limit; nothing was recorded"))
                        .addApiResponse("422", problem("a business rule forbids it; nothing was recorded")));
    }

    private static HeaderParameter header(String name, String description) {
        return (HeaderParameter) new HeaderParameter().name(name).required(false).description(description)
                .schema(new Schema<>().type("string"));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(new Schema<>().type("object"))));
    }

    private static Content content(String mediaType, Class<?> type) {
        return new Content().addMediaType(mediaType,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + type.getSimpleName())));
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> schemasOf(Class<?> type) {
        return ModelConverters.getInstance().readAll(type);
    }

    /** Writes the limits into the generated schemas of a command's records, by component, as the command path checks them. */
    @SuppressWarnings("rawtypes")
    private record Limits(InputLimits limits, Map<String, Schema> schemas, Set<Class<?>> done) {

        Limits(InputLimits limits, Map<String, Schema> schemas) {
            this(limits, schemas, new HashSet<>());
        }

        void constrain(Class<?> record) {
            Schema<?> schema = schemas.get(record.getSimpleName());
            if (!done.add(record) || schema == null || schema.getProperties() == null) {
                return;
            }
            for (RecordComponent component : record.getRecordComponents()) {
                Schema<?> property = schema.getProperties().get(component.getName());
                boolean longText = component.isAnnotationPresent(LongText.class);
                if (property == null) {
                    continue;
                }
                if (List.class.isAssignableFrom(component.getType())
                        && component.getGenericType() instanceof ParameterizedType list && property.getItems() != null) {
                    constrain(property.getItems(), (Class<?>) list.getActualTypeArguments()[0], longText);
                } else {
                    constrain(property, component.getType(), longText);
                }
            }
        }

        private void constrain(Schema<?> property, Class<?> type, boolean longText) {
            if (type == String.class || type == DueBy.class) {
                property.minLength(1).maxLength(longText ? limits.maxLongText() : limits.maxShortText());
            } else if (type == Money.class) {
                property.minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(limits.maxAmountPence()));
                property.description("whole pence, 0 to " + limits.maxAmountPence());
            } else if (type == PartialDate.class) {
                property.pattern(PARTIAL_DATE);
                property.description("YYYY, YYYY-MM or YYYY-MM-DD, years " + limits.earliestYear() + " to " + InputLimits.LATEST_YEAR);
            } else if (type == FiscalYear.class) {
                property.pattern(FISCAL_YEAR);
                property.description("like 2016/17, starting in " + limits.earliestYear() + " or later");
            } else if (type.isRecord()) {
                constrain(type);
            }
        }
    }
}
