package org.schoolhub.service.config;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.schoolhub.shared.values.Caller;
import org.schoolhub.service.web.ProblemType;
import org.schoolhub.shared.values.ErrorCode;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs and the Swagger UI at /swagger-ui/index.html. */
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
            codes.append("| ").append(code.name()).append(" | ").append(ProblemType.of(code).status().value()).append(" |\n");
        }
        codes.append("\n`Accept-Language: fr|nl|en` picks the language of `title` and `detail`.");
        ObjectSchema problem = new ObjectSchema();
        problem.addProperty("type", new StringSchema());
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("code", new StringSchema()._enum(java.util.Arrays.stream(ErrorCode.values()).map(Enum::name).toList()));
        return new OpenAPI()
                .info(new Info().title("SchoolHub ledger API").version("1")
                        .description("Enrolment, SEL transfers, group orders, metrics and operations.\n\n" + codes))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSchemas("Problem", problem))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** Every operation can answer 400, 401 and 403; document them once, with an example. */
    @Bean
    OperationCustomizer commonProblems() {
        return (operation, handler) -> {
            operation.getResponses().putIfAbsent("400", problem("Invalid input", ErrorCode.VALIDATION_FAILED,
                    "Bad Request", "The request is invalid: amount: must be less than or equal to 100000"));
            operation.getResponses().putIfAbsent("401", problem("No or wrong credentials", ErrorCode.UNAUTHORIZED,
                    "Unauthorized", "Log in with HTTP Basic."));
            operation.getResponses().putIfAbsent("403", problem("Not allowed for this user", ErrorCode.FORBIDDEN,
                    "Forbidden", "You may not do this."));
            return operation;
        };
    }

    private static ApiResponse problem(String description, ErrorCode code, String title, String detail) {
        Example example = new Example().value(Map.of("type", "urn:schoolhub:problem:" + code.name().toLowerCase().replace('_', '-'),
                "title", title, "status", ProblemType.of(code).status().value(), "detail", detail, "code", code.name()));
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/Problem"))
                        .addExamples(code.name(), example)));
    }
}
