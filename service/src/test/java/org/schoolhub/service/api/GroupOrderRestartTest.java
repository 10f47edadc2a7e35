package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.SchoolHubApplication;
import org.schoolhub.service.support.ApiClient;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The service stopped with orders open and started again after their deadline: the deadlines,
 * kept in PostgreSQL, close the orders when it comes back. A service of its own (not the shared
 * test context), always on an embedded PostgreSQL in its own directory, so that no other running
 * service can fire the deadlines while this one is down.
 */
class GroupOrderRestartTest {

    private static final ApiClient.Credentials ADMIN = ApiTest.ADMIN;

    @Test
    void a_deadline_that_passed_while_the_service_was_down_closes_the_order_when_it_comes_back() throws Exception {
        String[] args = {
                "--server.port=0",
                "--spring.datasource.url=",
                "--schoolhub.data-dir=target/test-data/restart-" + UUID.randomUUID(),
                "--schoolhub.bootstrap-admin-password=" + ApiTest.ADMIN_PASSWORD};
        Instant deadline;
        String above;
        String below;
        try (ConfigurableApplicationContext first = SpringApplication.run(SchoolHubApplication.class, args)) {
            ApiClient api = client(first);
            Response family = api.post("/api/families", Map.of("name", "Restart", "email",
                    "restart-" + UUID.randomUUID() + "@example.org", "password", ApiTest.FAMILY_PASSWORD), ADMIN);
            String familyId = family.json().get("familyId").asString();
            deadline = Instant.now().plusSeconds(6);
            above = open(api, 2, deadline);
            below = open(api, 5, deadline);
            for (String order : List.of(above, below)) {
                Response line = api.put("/api/group-orders/" + order + "/lines/" + familyId, Map.of("quantity", 2), ADMIN);
                assertThat(line.status()).as(line.toString()).isEqualTo(200);
            }
        }
        long downFor = Duration.between(Instant.now(), deadline).toMillis() + 1_000;
        if (downFor > 0) {
            Thread.sleep(downFor);
        }
        try (ConfigurableApplicationContext second = SpringApplication.run(SchoolHubApplication.class, args)) {
            ApiClient api = client(second);
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                JsonNode confirmed = api.get("/api/group-orders/" + above, ADMIN).json();
                assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
                assertThat(confirmed.get("closedAtDeadline").asBoolean()).isTrue();
                JsonNode cancelled = api.get("/api/group-orders/" + below, ADMIN).json();
                assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
                assertThat(cancelled.get("closedAtDeadline").asBoolean()).isTrue();
            });
        }
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        return new ApiClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static String open(ApiClient api, long minQuantity, Instant deadline) {
        Response response = api.post("/api/group-orders", Map.of("title", "Restart order", "unitPriceCents", 1_000,
                "minQuantity", minQuantity, "deadline", deadline.toString()), ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("groupOrderId").asString();
    }
}
