package org.schoolhub.service.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database server stopped and started again under a running service (a server of the test's
 * own, never the machine's shared one, used as an external database would be): requests fail with
 * 503 problem+json and readiness says DOWN while it is down, liveness stays UP through such a
 * short outage, the service recovers by itself, and nothing acknowledged is lost.
 */
class DatabaseOutageTest {

    @Test
    void requests_fail_with_503_while_the_database_is_down_and_the_service_recovers_alone() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "outage").toAbsolutePath();
        try (EmbeddedServerControl postgres = EmbeddedServerControl.startIn(dataDir.resolve("external"));
             RunningService service = RunningService.startOn(postgres.jdbcUrl(), dataDir)) {
            ApiClient api = service.client();
            UUID anne = TransferLoad.enrol(api, RunningService.ADMIN, "outage-anne");
            UUID bob = TransferLoad.enrol(api, RunningService.ADMIN, "outage-bob");
            List<UUID> acked = new ArrayList<>();
            UUID before = UUID.randomUUID();
            assertThat(transfer(api, before, anne, bob).status()).isEqualTo(201);
            acked.add(before);
            assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);

            postgres.stop();
            ApiClient.Response down = transfer(api, UUID.randomUUID(), anne, bob);
            assertThat(down.status()).as(down.toString()).isEqualTo(503);
            assertThat(down.header("Content-Type")).startsWith("application/problem+json");
            assertThat(down.json().get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
            ApiClient.Response read = api.get("/api/sel/accounts/" + anne, RunningService.ADMIN);
            assertThat(read.status()).isEqualTo(503);
            ApiClient.Response unknownLogin = api.get("/api/me", new ApiClient.Credentials("nobody@example.org", "x"));
            assertThat(unknownLogin.status()).as("no account can be read: unavailable, not wrong").isEqualTo(503);
            ApiClient.Response readiness = api.get("/actuator/health/readiness", null);
            assertThat(readiness.status()).as("a load balancer sends requests elsewhere").isEqualTo(503);
            assertThat(readiness.json().get("status").asString()).isEqualTo("DOWN");
            assertThat(api.get("/actuator/health/liveness", null).status()).as("no restart for a short outage")
                    .isEqualTo(200);

            postgres.start();
            UUID after = UUID.randomUUID();
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> transfer(api, after, anne, bob).status() == 201);
            acked.add(after);
            assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);

            JdbcTemplate jdbc = service.bean(JdbcTemplate.class);
            for (UUID id : acked) {
                assertThat(jdbc.queryForObject("select count(*) from sel_transfer_registry where transfer_id = ?",
                        Integer.class, id)).isEqualTo(1);
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                    assertThat(api.get("/api/sel/accounts/" + anne, RunningService.ADMIN).json().get("balance")
                            .asLong()).isEqualTo(-2L * acked.size()));
        }
    }

    private static ApiClient.Response transfer(ApiClient api, UUID id, UUID from, UUID to) {
        return api.post("/api/sel/transfers", Map.of("transferId", id, "from", from, "to", to, "amount", 2),
                RunningService.ADMIN);
    }
}
