package org.schoolhub.service.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient;
import org.springframework.jdbc.core.JdbcTemplate;

/** The service stopped in the middle of a load and started again: no acknowledged transfer is lost. */
class RestartTest {

    @Test
    void a_restart_under_load_loses_no_acknowledged_transfer() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart");
        TransferLoad load;
        try (RunningService first = RunningService.start(dataDir)) {
            ApiClient api = first.client();
            load = TransferLoad.between(api, RunningService.ADMIN, "restart", 6);
            load.start(api, RunningService.ADMIN, 8, 40);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> load.ackedCount() >= 200);
            first.close(); // in the middle of the load
            assertThat(load.stop()).isTrue();
        }

        try (RunningService second = RunningService.start(dataDir)) {
            JdbcTemplate jdbc = second.bean(JdbcTemplate.class);
            for (TransferLoad.Acked a : load.acked()) {
                assertThat(jdbc.queryForObject("select count(*) from sel_transfer_registry where transfer_id = ?",
                        Integer.class, a.id())).as("acknowledged " + a.id()).isEqualTo(1);
            }
            Map<UUID, Long> expected = load.expectedBalances();
            Long registered = jdbc.queryForObject("select count(*) from sel_transfer_registry", Long.class);
            assertThat(registered).as("nothing booked that was not acknowledged, beyond in-flight requests")
                    .isGreaterThanOrEqualTo(load.ackedCount());
            ApiClient api = second.client();
            Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                long total = 0;
                for (UUID family : load.families()) {
                    long balance = api.get("/api/sel/accounts/" + family, RunningService.ADMIN).json()
                            .get("balance").asLong();
                    assertThat(balance).isBetween(-300L, 600L);
                    total += balance;
                }
                assertThat(total).isZero();
            });
            if (registered == load.ackedCount()) {
                for (UUID family : load.families()) {
                    assertThat(api.get("/api/sel/accounts/" + family, RunningService.ADMIN).json()
                            .get("balance").asLong()).isEqualTo(expected.get(family));
                }
            }
        }
    }
}
