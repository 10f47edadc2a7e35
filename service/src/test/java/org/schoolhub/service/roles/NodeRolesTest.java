package org.schoolhub.service.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schoolhub.service.SchoolHubApplication;
import org.schoolhub.service.support.ApiClient;
import org.schoolhub.service.support.ApiTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Every role answers what its OpenAPI description offers, and offers nothing it cannot answer:
 * a query node has no endpoint that sends commands (a rollback there would reach a bus without
 * handlers), a command node no endpoint that reads the projections.
 */
class NodeRolesTest {

    @ParameterizedTest
    @ValueSource(strings = {"query", "command"})
    void a_node_offers_only_what_its_role_can_answer(String role) {
        try (ConfigurableApplicationContext node = start(role)) {
            ApiClient api = new ApiClient(((WebServerApplicationContext) node).getWebServer().getPort());
            ApiClient.Response docs = api.get("/v3/api-docs", ApiTest.ADMIN);
            assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
            Map<String, List<String>> offered = operations(docs.json());

            if (role.equals("query")) {
                assertThat(offered).doesNotContainKeys("/api/admin/rollback", "/api/community/stage");
                assertThat(offered).containsKeys("/api/sel/accounts", "/api/admin/replays", "/api/admin/dead-letters");
                assertThat(offered.get("/api/sel/transfers")).containsExactly("get");
                assertThat(api.post("/api/admin/rollback", Map.of(), ApiTest.ADMIN).status()).isEqualTo(404);
            } else {
                assertThat(offered).containsKeys("/api/families");
                assertThat(offered.get("/api/sel/transfers")).containsExactly("post");
                assertThat(offered).doesNotContainKeys("/api/sel/accounts", "/api/admin/replays", "/api/admin/rollback");
                assertThat(api.get("/api/sel/accounts", ApiTest.ADMIN).status()).isEqualTo(404);
            }
            // every offered read without path parameters answers, none with "no such endpoint" or a fault
            List<String> unanswered = new ArrayList<>();
            offered.forEach((path, methods) -> {
                if (methods.contains("get") && !path.contains("{")) {
                    int status = api.get(path, ApiTest.ADMIN).status();
                    if (status == 404 || status >= 500) {
                        unanswered.add(path + " " + status);
                    }
                }
            });
            assertThat(unanswered).as("offered on a %s node but not answered", role).isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(String role) {
        return new SpringApplicationBuilder(SchoolHubApplication.class).run(
                "--schoolhub.role=" + role,
                "--server.port=0",
                "--schoolhub.bootstrap-admin-password=" + ApiTest.ADMIN_PASSWORD,
                "--schoolhub.data-dir=target/test-data/" + UUID.randomUUID());
    }

    private static Map<String, List<String>> operations(JsonNode description) {
        Map<String, List<String>> operations = new TreeMap<>();
        description.get("paths").properties().forEach(path -> {
            List<String> methods = new ArrayList<>();
            path.getValue().properties().forEach(method -> methods.add(method.getKey()));
            operations.put(path.getKey(), methods);
        });
        return operations;
    }
}
