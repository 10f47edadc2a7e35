package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many clients at once, random pairs and amounts (many of them over a limit), some requests
 * sent twice: afterwards every balance is within its limits, the total is 0, and the balances
 * are exactly what the acknowledged (201) answers add up to. No 5xx, ever.
 */
class SelConcurrencyTest extends ApiTest {

    private static final int FAMILIES = 8;
    private static final int CLIENTS = 16;
    private static final int REQUESTS_PER_CLIENT = 60;

    @Autowired
    JdbcTemplate jdbc;

    record Acked(UUID id, UUID from, UUID to, long amount) {
    }

    @Test
    void no_sequence_of_concurrent_transfers_breaks_a_limit_or_the_zero_sum() throws Exception {
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < FAMILIES; i++) {
            families.add(enrol("Load" + i));
        }
        Queue<Acked> acked = new ConcurrentLinkedQueue<>();
        Queue<Response> failures = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            long seed = c;
            running.add(clients.submit(() -> {
                Random random = new Random(seed);
                for (int r = 0; r < REQUESTS_PER_CLIENT; r++) {
                    Family from = families.get(random.nextInt(FAMILIES));
                    Family to = families.get(random.nextInt(FAMILIES));
                    if (from == to) {
                        continue;
                    }
                    UUID id = UUID.randomUUID();
                    long amount = 1 + random.nextInt(180);
                    Map<String, Object> body = SelApiTest.transfer(id, from, to, amount, "load");
                    int sends = random.nextInt(10) == 0 ? 2 : 1; // now and then a client retries
                    for (int s = 0; s < sends; s++) {
                        Response response = api.post("/api/sel/transfers", body, r % 2 == 0 ? from.login() : ADMIN);
                        if (response.status() == 201) {
                            acked.add(new Acked(id, from.id(), to.id(), amount));
                        } else if (response.status() != 200 && response.status() != 422) {
                            failures.add(response);
                        }
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        clients.shutdown();

        assertThat(failures).as("only 201, 200 (repeat) and 422 (limit) answers").isEmpty();
        assertThat(acked).as("the load really booked transfers").hasSizeGreaterThan(CLIENTS * 10);
        assertThat(acked.stream().map(Acked::id).distinct().count()).as("each id acknowledged once").isEqualTo(acked.size());

        Map<UUID, Long> expected = new HashMap<>();
        families.forEach(f -> expected.put(f.id(), 0L));
        for (Acked a : acked) {
            expected.merge(a.from(), -a.amount(), Long::sum);
            expected.merge(a.to(), a.amount(), Long::sum);
        }
        eventually(() -> {
            for (Family family : families) {
                long balance = api.get("/api/sel/accounts/" + family.id(), ADMIN).json().get("balance").asLong();
                assertThat(balance).isEqualTo(expected.get(family.id())).isBetween(-300L, 600L);
            }
        });
        assertThat(api.get("/api/sel/accounts", ADMIN).json().get("total").asLong()).isZero();
        Integer stored = jdbc.queryForObject("""
                select count(*) from sel_transfer_registry r join transfer_memo m using (transfer_id)
                 where m.memo = 'load' and r.payer = any(?)""",
                Integer.class, (Object) families.stream().map(Family::id).toArray(UUID[]::new));
        assertThat(stored).as("the registry holds exactly the acknowledged transfers").isEqualTo(acked.size());
    }
}
