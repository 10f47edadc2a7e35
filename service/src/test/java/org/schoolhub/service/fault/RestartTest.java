package org.schoolhub.service.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient;
import org.springframework.jdbc.core.JdbcTemplate;

/** The service stopped in the middle of a load and started again: no acknowledged transfer is lost. */
class RestartTest {

    record Acked(UUID id, UUID from, UUID to, long amount) {
    }

    @Test
    void a_restart_under_load_loses_no_acknowledged_transfer() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart");
        List<UUID> families = new ArrayList<>();
        Queue<Acked> acked = new ConcurrentLinkedQueue<>();
        try (RunningService first = RunningService.start(dataDir)) {
            ApiClient api = first.client();
            for (int i = 0; i < 6; i++) {
                families.add(UUID.fromString(api.post("/api/families", Map.of("name", "Restart" + i,
                        "email", "restart" + i + "@example.org", "password", "0123456789"),
                        RunningService.ADMIN).json().get("familyId").asString()));
            }
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (int c = 0; c < 8; c++) {
                long seed = c;
                clients.submit(() -> {
                    Random random = new Random(seed);
                    while (!stop.get()) {
                        UUID from = families.get(random.nextInt(families.size()));
                        UUID to = families.get(random.nextInt(families.size()));
                        if (from.equals(to)) {
                            continue;
                        }
                        UUID id = UUID.randomUUID();
                        long amount = 1 + random.nextInt(40);
                        try {
                            ApiClient.Response r = api.post("/api/sel/transfers", Map.of("transferId", id,
                                    "from", from, "to", to, "amount", amount), RunningService.ADMIN);
                            if (r.status() == 201) {
                                acked.add(new Acked(id, from, to, amount));
                            }
                        } catch (RuntimeException connectionRefusedOnceStopped) {
                            // not acknowledged: the client would retry with the same transferId
                        }
                    }
                });
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> acked.size() >= 200);
            first.close(); // in the middle of the load
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        try (RunningService second = RunningService.start(dataDir)) {
            JdbcTemplate jdbc = second.bean(JdbcTemplate.class);
            for (Acked a : acked) {
                assertThat(jdbc.queryForObject("select count(*) from sel_transfer_registry where transfer_id = ?",
                        Integer.class, a.id())).as("acknowledged " + a.id()).isEqualTo(1);
            }
            Map<UUID, Long> expected = new HashMap<>();
            families.forEach(f -> expected.put(f, 0L));
            for (Acked a : acked) {
                expected.merge(a.from(), -a.amount(), Long::sum);
                expected.merge(a.to(), a.amount(), Long::sum);
            }
            Long registered = jdbc.queryForObject("select count(*) from sel_transfer_registry", Long.class);
            assertThat(registered).as("nothing booked that was not acknowledged, beyond in-flight requests")
                    .isGreaterThanOrEqualTo(acked.size());
            ApiClient api = second.client();
            Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                long total = 0;
                for (UUID family : families) {
                    long balance = api.get("/api/sel/accounts/" + family, RunningService.ADMIN).json()
                            .get("balance").asLong();
                    assertThat(balance).isBetween(-300L, 600L);
                    total += balance;
                }
                assertThat(total).isZero();
            });
            if (registered == acked.size()) {
                for (UUID family : families) {
                    assertThat(api.get("/api/sel/accounts/" + family, RunningService.ADMIN).json()
                            .get("balance").asLong()).isEqualTo(expected.get(family));
                }
            }
        }
    }
}
