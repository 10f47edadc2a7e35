package org.schoolhub.service.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiTest;
import tools.jackson.databind.JsonNode;

/** The served OpenAPI description: real statuses, a schema for every answer, every refusal. */
class OpenApiDescriptionTest extends ApiTest {

    static Path save(JsonNode document) throws Exception {
        Path file = Path.of("target", "openapi", "api-docs.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, document.toPrettyString());
        return file;
    }

    private JsonNode document() throws Exception {
        JsonNode document = api.get("/v3/api-docs", ADMIN).json();
        save(document);
        return document;
    }

    @Test
    void every_success_answer_has_the_schema_of_its_record() throws Exception {
        List<String> bare = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document().get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> response : operation.getValue().get("responses").properties()) {
                    if (!response.getKey().startsWith("2") || response.getKey().equals("204")) {
                        continue;
                    }
                    JsonNode schema = response.getValue().path("content").path("*/*").path("schema");
                    if (schema.isMissingNode()) {
                        schema = response.getValue().path("content").path("application/json").path("schema");
                    }
                    if (schema.isMissingNode()) {
                        // a stream of Server-Sent Events: the schema of each event's data
                        schema = response.getValue().path("content").path("text/event-stream").path("schema");
                    }
                    JsonNode named = schema.has("items") ? schema.get("items") : schema;
                    if (!named.has("$ref") && !named.has("oneOf")) {
                        bare.add(operation.getKey() + " " + path.getKey() + " " + response.getKey() + " " + schema);
                    }
                }
            }
        }
        assertThat(bare).as("success answers without a named schema").isEmpty();
    }

    @Test
    void operations_declare_the_statuses_they_really_answer() throws Exception {
        JsonNode paths = document().get("paths");
        assertThat(statuses(paths, "/api/families", "post")).contains("201", "409").doesNotContain("200");
        assertThat(statuses(paths, "/api/sel/transfers", "post")).contains("200", "201", "404", "409", "422", "413", "415");
        assertThat(statuses(paths, "/api/admin/replays", "post")).contains("202").doesNotContain("200");
        assertThat(statuses(paths, "/api/families/{familyId}/personal-data", "delete")).contains("204")
                .doesNotContain("200");
        assertThat(statuses(paths, "/api/me", "get")).contains("200", "401", "403", "503");
        JsonNode limits = paths.get("/api/sel/transfers").get("post").get("responses").get("422");
        assertThat(limits.get("content").get("application/problem+json").get("examples").propertyNames())
                .containsExactlyInAnyOrder("FAMILY_WITHDRAWN", "LOWER_LIMIT_EXCEEDED", "UPPER_LIMIT_EXCEEDED");
    }

    private static List<String> statuses(JsonNode paths, String path, String method) {
        List<String> statuses = new ArrayList<>();
        paths.get(path).get(method).get("responses").propertyNames().forEach(statuses::add);
        return statuses;
    }
}
