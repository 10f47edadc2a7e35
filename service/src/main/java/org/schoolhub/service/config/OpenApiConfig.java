package org.schoolhub.service.config;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.schoolhub.support.web.Caller;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.schoolhub.service.web.ProblemType;
import org.schoolhub.shared.values.ErrorCode;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /v3/api-docs and the Swagger UI at /swagger-ui/index.html; each
 * operation's responses come from {@link RefusalResponses}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static {
        // The caller is resolved from the login, never sent by the client.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI schoolHubOpenApi() {
        StringBuilder codes = new StringBuilder("Every error is application/problem+json with a `code`:\n\n| code | status |\n|---|---|\n");
        for (ErrorCode code : ErrorCode.values()) {
            codes.append("| ").append(code.name()).append(" | ").append(ProblemType.of(code).status().value())
                    .append(" |\n");
        }
        codes.append("\n`Accept-Language: fr|nl|en` picks the language of `title` and `detail`.");
        return new OpenAPI()
                .info(new Info().title("SchoolHub ledger API").version("1")
                        .description("Enrolment, SEL transfers, group orders, metrics and operations.\n\n" + codes)
                        // no open-source licence: an SPDX reference to the project's own terms
                        .license(new License().name("SchoolHub proprietary").identifier("LicenseRef-SchoolHub")))
                // relative: the description is served by the service it describes, wherever that runs
                .servers(List.of(new Server().url("/").description("this service")))
                .tags(List.of(
                        tag("Authentication", "Who is logged in"),
                        tag("Families", "Enrolment, children, withdrawal and erasure"),
                        tag("SEL", "Local exchange: transfers, reversals, balances and histories"),
                        tag("Group orders", "Orders that go ahead when enough families commit, and their payments"),
                        tag("Metrics", "Stage gates, monthly figures, indicators and stage advance (coordinators)"),
                        tag("Operators", "Snapshots, rollback, replays, verify, the event log and dead letters")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("HTTP Basic: a family's e-mail and password, or a staff login"))
                        .addSchemas("Problem", problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }

    /** RFC 9457 with the service's code; a 400 names its fields, a 500 a reference for the log. */
    private static ObjectSchema problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema());
        fieldError.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("A refused request (RFC 9457), with the service's code");
        problem.addProperty("type", new StringSchema().format("uri"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("code", new StringSchema()._enum(Arrays.stream(ErrorCode.values()).map(Enum::name).toList()));
        problem.addProperty("errors", new ArraySchema().items(fieldError));
        problem.addProperty("reference", new UUIDSchema());
        problem.setRequired(List.of("type", "title", "status", "code"));
        return problem;
    }
}
