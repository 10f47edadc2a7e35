package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service stopped with a payment request pending and started again after its expiry: the
 * deadline, kept in PostgreSQL, expires it when the service comes back, and it cannot be accepted.
 * A service of its own on an embedded PostgreSQL in its own directory (as GroupOrderRestartTest),
 * so that no other running service fires the deadline while this one is down.
 */
class PaymentRequestRestartTest {

    private static final ApiClient.Credentials ADMIN = ApiTest.ADMIN;

    @Test
    void a_request_that_expired_while_the_service_was_down_is_expired_when_it_comes_back() throws Exception {
        String[] args = {
                "--server.port=0",
                "--spring.datasource.url=",
                "--schoolhub.data-dir=target/test-data/request-restart-" + UUID.randomUUID(),
                "--schoolhub.bootstrap-admin-password=" + ApiTest.ADMIN_PASSWORD};
        UUID requestId = UUID.randomUUID();
        Instant expiresAt;
        ApiClient.Credentials payer;
        try (ConfigurableApplicationContext first = SpringApplication.run(SchoolHubApplication.class, args)) {
            ApiClient api = client(first);
            payer = enrol(api, "Parent");
            ApiClient.Credentials payee = enrol(api, "Sitter");
            expiresAt = Instant.now().plusSeconds(6);
            Response made = api.post("/api/sel/payment-requests", Map.of("requestId", requestId,
                    "from", familyOf(api, payer), "to", familyOf(api, payee), "amount", 5, "memo", "lift",
                    "expiresAt", expiresAt.toString()), payee);
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
        }
        long downFor = Duration.between(Instant.now(), expiresAt).toMillis() + 1_000;
        if (downFor > 0) {
            Thread.sleep(downFor);
        }
        try (ConfigurableApplicationContext second = SpringApplication.run(SchoolHubApplication.class, args)) {
            ApiClient api = client(second);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(jdbc.queryForObject("""
                            select count(*) from domain_event_entry
                             where aggregate_identifier = ? and payload_type like '%PaymentRequestExpired'""",
                            Integer.class, requestId.toString())).isEqualTo(1));
            Response late = api.post("/api/sel/payment-requests/" + requestId + "/acceptance", Map.of(), payer);
            assertThat(late.status()).as(late.toString()).isEqualTo(409);
            assertThat(late.json().get("code").asString()).isEqualTo("PAYMENT_REQUEST_EXPIRED");
            assertThat(jdbc.queryForObject("select count(*) from sel_transfer_registry", Integer.class)).isZero();
        }
    }

    private static ApiClient.Credentials enrol(ApiClient api, String name) {
        String email = name.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        Response family = api.post("/api/families", Map.of("name", name, "email", email,
                "password", ApiTest.FAMILY_PASSWORD), ADMIN);
        assertThat(family.status()).as(family.toString()).isEqualTo(201);
        return new ApiClient.Credentials(email, ApiTest.FAMILY_PASSWORD);
    }

    private static String familyOf(ApiClient api, ApiClient.Credentials login) {
        return api.get("/api/me", login).json().get("familyId").asString();
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        return new ApiClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
