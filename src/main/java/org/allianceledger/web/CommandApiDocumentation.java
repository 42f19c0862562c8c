package org.allianceledger.web;

import java.util.Map;

import org.allianceledger.command.CommandCatalog;
import org.allianceledger.command.CommandOutcome;
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
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/** Documents each command of the {@link CommandCatalog} as its own endpoint, with its JSON schema. */
@Configuration(proxyBeanMethods = false)
class CommandApiDocumentation {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    @Bean
    OpenApiCustomizer commandEndpoints(CommandCatalog catalog) {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            Components components = openApi.getComponents();
            schemasOf(CommandOutcome.class).forEach(components::addSchemas);
            catalog.all().forEach((name, type) -> {
                schemasOf(type).forEach(components::addSchemas);
                openApi.path("/api/commands/" + name, new PathItem().post(operation(name, type)));
            });
        };
    }

    private static Operation operation(String name, Class<?> type) {
        return new Operation()
                .operationId(name)
                .summary(type.getSimpleName())
                .addTagsItem("commands: " + type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1))
                .requestBody(new RequestBody().required(true).content(content(JSON, type)))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("recorded: the aggregate id and its new version")
                                .content(content(JSON, CommandOutcome.class)))
                        .addApiResponse("400", problem("malformed: a field is missing, misspelt or invalid"))
                        .addApiResponse("404", problem("no aggregate with that id"))
                        .addApiResponse("409", problem("it already exists, or another decision was recorded first"))
                        .addApiResponse("422", problem("a business rule forbids it; nothing was recorded")));
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
}
