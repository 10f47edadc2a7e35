package org.schoolhub.service.fresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.SchoolHubApplication;
import org.schoolhub.service.support.ApiClient;
import org.schoolhub.service.support.ApiTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A community on its very first day, before any family is enrolled: its ledger has not been
 * opened yet. A stage migration rehearsed there must still roll back (it once answered 409: the
 * rollback asked a ledger that did not exist to set its balances back).
 */
class FreshCommunityTest {

    private String database;

    @org.junit.jupiter.api.AfterEach
    void dropDatabase() throws Exception {
        if (database != null) {
            try (Connection c = DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"),
                    System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"),
                    System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "")); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    @Test
    void a_migration_of_a_community_without_families_rolls_back() throws Exception {
        try (ConfigurableApplicationContext node = start()) {
            ApiClient api = new ApiClient(((WebServerApplicationContext) node).getWebServer().getPort());
            String saturday = LocalDate.now(ZoneOffset.UTC).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                    + "T08:00:00Z";
            ApiClient.Response planned = api.post("/api/community/migrations", Map.of("toStage", 1,
                    "scheduledFor", saturday, "downtimeMinutes", 30, "contactEmail", "coordination@example.org",
                    "features", List.of(Map.of("name", "Import", "benefit", "Les comptes de Stage 0"))), ApiTest.ADMIN);
            assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
            String id = planned.json().get("migrationId").asString();
            // the migration is read from its read model, eventually consistent like every read
            Awaitility.await().untilAsserted(() -> assertThat(
                    api.get("/api/community/migrations/" + id, ApiTest.ADMIN).status()).isEqualTo(200));
            ApiClient.Response executed = api.post("/api/community/migrations/" + id + "/execution",
                    Map.of("override", true, "reason", "first rehearsal"), ApiTest.ADMIN);
            assertThat(executed.status()).as(executed.toString()).isEqualTo(200);
            Awaitility.await().untilAsserted(() -> assertThat(
                    api.get("/api/community/migrations/" + id, ApiTest.ADMIN).json().get("status").asString())
                    .isEqualTo("DONE"));

            ApiClient.Response rolledBack = api.post("/api/community/migrations/" + id + "/rollback",
                    Map.of("reason", "the rehearsal is over"), ApiTest.ADMIN);

            assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(200);
            assertThat(rolledBack.json().get("stage").asInt()).isZero();
        }
    }

    /** The service on a database of its own: a new one on the configured server, or the embedded default. */
    private ConfigurableApplicationContext start() throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--schoolhub.bootstrap-admin-password=" + ApiTest.ADMIN_PASSWORD,
                "--schoolhub.data-dir=target/test-data/" + UUID.randomUUID()));
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            database = "schoolhub_fresh_" + UUID.randomUUID().toString().replace("-", "");
            String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
            String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("create database " + database);
            }
            args.add("--spring.datasource.url=" + url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
        }
        return new SpringApplicationBuilder(SchoolHubApplication.class).run(args.toArray(String[]::new));
    }
}
