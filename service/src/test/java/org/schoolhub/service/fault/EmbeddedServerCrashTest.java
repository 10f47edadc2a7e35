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
import org.schoolhub.service.config.EmbeddedServer;
import org.schoolhub.service.support.ApiClient;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded PostgreSQL's main process killed with SIGKILL under a running service: readiness
 * refuses traffic, the service starts the server again by itself on the same data and port, then
 * accepts traffic again, a transfer succeeds and nothing acknowledged before is lost. (It used to
 * answer 503 for ever, with liveness and readiness UP.)
 */
class EmbeddedServerCrashTest {

    @Test
    void a_killed_embedded_server_is_started_again_and_readiness_says_down_meanwhile() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "crash").toAbsolutePath();
        try (RunningService service = RunningService.start(dataDir)) {
            ApiClient api = service.client();
            UUID anne = TransferLoad.enrol(api, RunningService.ADMIN, "crash-anne");
            UUID bob = TransferLoad.enrol(api, RunningService.ADMIN, "crash-bob");
            List<UUID> acked = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                UUID id = UUID.randomUUID();
                assertThat(transfer(api, id, anne, bob).status()).isEqualTo(201);
                acked.add(id);
            }
            EmbeddedServer server = service.bean(EmbeddedServer.class);
            ProcessHandle postmaster = server.postmaster().orElseThrow();
            int port = server.port();

            assertThat(postmaster.destroyForcibly()).as("SIGKILL sent").isTrue();
            postmaster.onExit().join();

            UUID after = UUID.randomUUID();
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> transfer(api, after, anne, bob).status() == 201);
            acked.add(after);
            // the supervisor says so once the restarted server answered it, which may come after the transfer
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                assertThat(service.availabilityStates()).as("readiness went down, then up again")
                        .containsSubsequence(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC);
                assertThat(service.availabilityStates().get(service.availabilityStates().size() - 1))
                        .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
            });
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> api.get("/actuator/health/readiness", null).status() == 200);
            assertThat(server.postmaster().orElseThrow().pid()).as("a new server").isNotEqualTo(postmaster.pid());
            assertThat(server.port()).isEqualTo(port);

            JdbcTemplate jdbc = service.bean(JdbcTemplate.class);
            for (UUID id : acked) {
                assertThat(jdbc.queryForObject("select count(*) from sel_transfer_registry where transfer_id = ?",
                        Integer.class, id)).as("acknowledged %s", id).isEqualTo(1);
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
