package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.schoolhub.service.support.RollbackEventLog;
import org.schoolhub.service.support.Verify;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A rollback while clients keep booking transfers between the same families, many of them near
 * a limit: it completes in one step, reversing exactly the transfers booked between the snapshot
 * and itself, and afterwards every balance is the snapshot's plus what was booked after it.
 */
class RollbackUnderLoadTest extends ApiTest {

    private static final int FAMILIES = 6;
    private static final int CLIENTS = 4;
    private static final int BOOKED_BEFORE_ROLLBACK = 150;
    private static final int BOOKED_AFTER_ROLLBACK = 40;

    @Autowired
    JdbcTemplate jdbc;

    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger booked = new AtomicInteger();
    private final Queue<Response> failures = new ConcurrentLinkedQueue<>();

    @Test
    void a_rollback_under_load_completes_and_undoes_exactly_what_was_booked_before_it() throws Exception {
        RollbackEventLog log = new RollbackEventLog(jdbc);
        List<UUID> families = new ArrayList<>();
        for (int i = 0; i < FAMILIES; i++) {
            families.add(enrol("Under Load " + i).id());
        }
        for (int i = 0; i < FAMILIES; i++) {
            transfer(families.get(i), families.get((i + 1) % FAMILIES), 50L * (i + 1));
        }
        Response snapshot = api.post("/api/admin/snapshots", Map.of("label", "before the load"), ADMIN);
        assertThat(snapshot.status()).as(snapshot.toString()).isEqualTo(201);
        String snapshotId = snapshot.json().get("snapshotId").asString();
        long position = snapshot.json().get("position").asLong();
        Map<UUID, Long> atSnapshot = balancesOf(snapshot.json().get("accounts"));

        ExecutorService clients = startLoad(families);
        awaitBooked(BOOKED_BEFORE_ROLLBACK);
        Response rollback = api.post("/api/admin/rollback",
                Map.of("snapshotId", snapshotId, "dryRun", false, "reason", "under load"), ADMIN);
        awaitBooked(booked.get() + BOOKED_AFTER_ROLLBACK);
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(rollback.status()).as(rollback.toString()).isEqualTo(200);
        assertThat(rollback.json().get("completed").asBoolean()).as(rollback.toString()).isTrue();
        assertThat(rollback.json().get("balancesMatchSnapshot").asBoolean()).as(rollback.toString()).isTrue();
        assertThat(failures).as("the load saw only 201 and 422").isEmpty();

        List<Long> compensations = log.taggedPositions(snapshotId);
        assertThat(compensations).isNotEmpty();
        long first = compensations.get(0);
        long last = compensations.get(compensations.size() - 1);
        List<UUID> newestFirst = new ArrayList<>(log.transfersBetween(position, first));
        Collections.reverse(newestFirst);
        assertThat(log.reversedFor(snapshotId)).as("newest first, every transfer between the snapshot and the rollback")
                .containsExactlyElementsOf(newestFirst);
        assertThat(log.transfersBetween(first, last)).as("nothing else booked in between").isEmpty();
        assertThat(log.transfersBetween(last, Long.MAX_VALUE)).as("the load went on after the rollback").isNotEmpty();

        Map<UUID, Long> expected = new HashMap<>();
        Map<UUID, Long> after = log.netAfter(last);
        families.forEach(f -> expected.put(f, atSnapshot.getOrDefault(f, 0L) + after.getOrDefault(f, 0L)));
        eventually(() -> {
            Map<UUID, Long> now = balancesOf(api.get("/api/sel/accounts", ADMIN).json().get("accounts"));
            families.forEach(f -> assertThat(now.get(f)).as("family " + f).isEqualTo(expected.get(f)));
        });
        Verify.assertConsistent(api, ADMIN, families);
    }

    private ExecutorService startLoad(List<UUID> families) {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(c);
            clients.submit(() -> {
                while (!stop.get()) {
                    UUID from = families.get(random.nextInt(FAMILIES));
                    UUID to = families.get(random.nextInt(FAMILIES));
                    if (!from.equals(to)) {
                        Response response = post(from, to, 1 + random.nextInt(200));
                        if (response.status() == 201) {
                            booked.incrementAndGet();
                        } else if (response.status() != 422) {
                            failures.add(response);
                        }
                    }
                }
            });
        }
        return clients;
    }

    private void awaitBooked(int count) {
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> booked.get() >= count || !failures.isEmpty());
    }

    private void transfer(UUID from, UUID to, long amount) {
        Response response = post(from, to, amount);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private Response post(UUID from, UUID to, long amount) {
        return api.post("/api/sel/transfers", Map.of("transferId", UUID.randomUUID(), "from", from, "to", to,
                "amount", amount, "memo", "load"), ADMIN);
    }

    private static Map<UUID, Long> balancesOf(JsonNode accounts) {
        Map<UUID, Long> balances = new HashMap<>();
        accounts.forEach(a -> balances.put(UUID.fromString(a.get("familyId").asString()), a.get("balance").asLong()));
        return balances;
    }
}
