package org.allianceledger.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** The API description served at /v3/api-docs and browsable at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ledgerOpenApi(@Value("${ledger.api.title}") String title, @Value("${ledger.api.description}") String description) {
        return new OpenAPI().info(new Info().title(title).description(description).version("v1"));
    }
}
