package org.schoolhub.service.fault;

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

import org.schoolhub.service.support.ApiClient;

/**
 * Clients sending random transfers between a few families until stopped, remembering every
 * acknowledged (201) one: what a fault test checks after the fault.
 */
final class TransferLoad {

    /** An acknowledged transfer and the body it was answered with. */
    record Acked(UUID id, UUID from, UUID to, long amount, String body) {
    }

    private final List<UUID> families;
    private final Queue<Acked> acked = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private ExecutorService clients;

    private TransferLoad(List<UUID> families) {
        this.families = families;
    }

    /** Enrols {@code count} families (unique e-mails per prefix) and returns the load, not yet started. */
    static TransferLoad between(ApiClient api, ApiClient.Credentials admin, String prefix, int count) {
        List<UUID> families = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            families.add(enrol(api, admin, prefix + i));
        }
        return new TransferLoad(families);
    }

    static UUID enrol(ApiClient api, ApiClient.Credentials admin, String name) {
        return UUID.fromString(api.post("/api/families", Map.of("name", name, "email", name + "@example.org",
                "password", "0123456789"), admin).json().get("familyId").asString());
    }

    void start(ApiClient api, ApiClient.Credentials admin, int clientCount, int maxAmount) {
        clients = Executors.newFixedThreadPool(clientCount);
        for (int c = 0; c < clientCount; c++) {
            Random random = new Random(c);
            clients.submit(() -> {
                while (!stop.get()) {
                    UUID from = families.get(random.nextInt(families.size()));
                    UUID to = families.get(random.nextInt(families.size()));
                    if (from.equals(to)) {
                        continue;
                    }
                    UUID id = UUID.randomUUID();
                    long amount = 1 + random.nextInt(maxAmount);
                    try {
                        ApiClient.Response r = api.post("/api/sel/transfers",
                                Map.of("transferId", id, "from", from, "to", to, "amount", amount), admin);
                        if (r.status() == 201) {
                            acked.add(new Acked(id, from, to, amount, r.body()));
                        }
                    } catch (RuntimeException refusedOnceStopped) {
                        // not acknowledged: a client would retry with the same transferId
                    }
                }
            });
        }
    }

    /** Stops the clients and waits until every request in flight has its answer. */
    boolean stop() throws InterruptedException {
        stop.set(true);
        clients.shutdown();
        return clients.awaitTermination(60, TimeUnit.SECONDS);
    }

    int ackedCount() {
        return acked.size();
    }

    List<Acked> acked() {
        return List.copyOf(acked);
    }

    List<UUID> families() {
        return families;
    }

    /** Each family's balance if exactly the acknowledged transfers were booked. */
    Map<UUID, Long> expectedBalances() {
        Map<UUID, Long> expected = new HashMap<>();
        families.forEach(f -> expected.put(f, 0L));
        for (Acked a : acked) {
            expected.merge(a.from(), -a.amount(), Long::sum);
            expected.merge(a.to(), a.amount(), Long::sum);
        }
        return expected;
    }
}
