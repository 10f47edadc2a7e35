package org.schoolhub.service.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient;

/**
 * The packaged service killed with SIGKILL in the middle of a load and started again: every
 * acknowledged transfer is there, the projections catch up, and a repeated request is still
 * answered with its first answer. Runs the real jar, after `package`, on its own embedded PostgreSQL.
 */
class ServiceKillIT {

    private static final ApiClient.Credentials ADMIN = new ApiClient.Credentials("admin", "kill-test-admin-pw");

    @Test
    void a_killed_service_loses_nothing_it_acknowledged() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "kill").toAbsolutePath();
        int port = freePort();
        Process first = start(dataDir, port);
        TransferLoad load;
        try {
            ApiClient api = new ApiClient(port);
            load = TransferLoad.between(api, ADMIN, "kill", 6);
            load.start(api, ADMIN, 8, 30);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> load.ackedCount() >= 200);
            first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no graceful anything
            assertThat(load.stop()).isTrue();
        } finally {
            first.destroyForcibly();
        }

        Process second = start(dataDir, port);
        try {
            ApiClient api = new ApiClient(port);
            Map<UUID, Long> expected = load.expectedBalances();
            for (TransferLoad.Acked a : load.acked()) {
                ApiClient.Response again = api.post("/api/sel/transfers",
                        Map.of("transferId", a.id(), "from", a.from(), "to", a.to(), "amount", a.amount()), ADMIN);
                assertThat(again.status()).as("acknowledged %s is still booked", a.id()).isEqualTo(200);
                assertThat(again.body()).isEqualTo(a.body());
            }
            Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
                long sum = 0;
                long entries = 0;
                Map<UUID, Long> balances = new HashMap<>();
                for (UUID family : load.families()) {
                    long balance = api.get("/api/sel/accounts/" + family, ADMIN).json().get("balance").asLong();
                    assertThat(balance).isBetween(-300L, 600L);
                    balances.put(family, balance);
                    sum += balance;
                    entries += api.get("/api/sel/accounts/" + family, ADMIN).json().get("transferCount").asLong();
                }
                assertThat(sum).isZero();
                assertThat(entries / 2).as("projections caught up with at least every acknowledged transfer")
                        .isGreaterThanOrEqualTo(load.ackedCount());
                if (entries / 2 == load.ackedCount()) {
                    // nothing in flight at the kill was booked: the balances are exactly the acknowledged ones
                    assertThat(balances).isEqualTo(expected);
                }
            });
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
            second.destroyForcibly();
        }
    }

    private static Process start(Path dataDir, int port) throws IOException {
        Process process = new ProcessBuilder("java", "-Xmx256m", "-jar", Path.of("target/schoolhub.jar").toString(),
                "--server.port=" + port, "--spring.datasource.url=", "--schoolhub.data-dir=" + dataDir,
                "--schoolhub.bootstrap-admin-password=" + ADMIN.password())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("service.log").toFile()))
                .start();
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> new ApiClient(port).get("/actuator/health", null).status() == 200);
        return process;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
