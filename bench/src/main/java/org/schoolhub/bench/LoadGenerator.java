package org.schoolhub.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * POST /api/sel/transfers from N concurrent clients, bounded in count and time, with small
 * amounts so that most transfers succeed. Prints one JSON line with the figures; acknowledged
 * transfer ids go to a file when asked (to check after a kill -9 that none was lost).
 *
 * <p>Usage: LoadGenerator baseUrl adminPassword clients seconds maxRequests families [ackFile|-] [servicePid]
 */
public final class LoadGenerator {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        long maxRequests = Long.parseLong(args[4]);
        int familyCount = Integer.parseInt(args[5]);
        Path ackFile = args.length > 6 && !args[6].equals("-") ? Path.of(args[6]) : null;
        long pid = args.length > 7 ? Long.parseLong(args[7]) : -1;

        Http http = new Http(base, "admin", password);
        List<String> families = Families.ensure(http, familyCount);
        AtomicLong issued = new AtomicLong();
        AtomicLong created = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
        int maxSamples = (int) Math.min(maxRequests, 5_000_000);
        AtomicLongArray latenciesMicros = new AtomicLongArray(maxSamples);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;

        java.net.URI uri = java.net.URI.create(base);
        String authorization = "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Thread[] threads = new Thread[clients];
        ResourceSampler sampler = new ResourceSampler(http, pid);
        if (pid > 0) {
            sampler.start();
        }
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            threads[c] = new Thread(() -> {
                RawHttpConnection connection = new RawHttpConnection(uri.getHost(), uri.getPort(), authorization);
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    long n = issued.getAndIncrement();
                    if (n >= maxRequests) {
                        break;
                    }
                    String from = families.get(random.nextInt(families.size()));
                    String to = families.get(random.nextInt(families.size()));
                    if (from.equals(to)) {
                        issued.decrementAndGet();
                        continue;
                    }
                    // not UUID.randomUUID(): its one shared SecureRandom is a lock 32 clients queue on
                    String id = new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                            (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
                    String body = "{\"transferId\":\"" + id + "\",\"from\":\"" + from + "\",\"to\":\"" + to
                            + "\",\"amount\":" + (1 + random.nextInt(5)) + ",\"memo\":\"bench\"}";
                    long t0 = System.nanoTime();
                    int status = connection.post("/api/sel/transfers", body);
                    long micros = (System.nanoTime() - t0) / 1_000;
                    if (n < maxSamples) {
                        latenciesMicros.set((int) n, micros);
                    }
                    if (status == 201) {
                        created.incrementAndGet();
                        if (ackFile != null) {
                            acked.add(id);
                        }
                    } else if (status == 422) {
                        refused.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                }
                connection.close();
            }, "client-" + c);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        sampler.finish();
        long done = Math.min(issued.get(), maxRequests);
        long[] sorted = new long[(int) Math.min(done, maxSamples)];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = latenciesMicros.get(i);
        }
        Arrays.sort(sorted);
        if (ackFile != null) {
            writeAcked(ackFile, acked);
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"clients\":%d,\"requests\":%d,\"created\":%d,\"refused\":%d,\"failed\":%d,\"seconds\":%.2f,"
                        + "\"transfers_per_s\":%.1f,\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,"
                        + "\"heap_max_mb\":%.1f,\"rss_mb\":%.1f}",
                clients, done, created.get(), refused.get(), failed.get(), elapsed, created.get() / elapsed,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sampler.heapMaxMb(), sampler.rssMaxMb()));
    }

    private static double percentile(long[] sortedMicros, double p) {
        if (sortedMicros.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(index, sortedMicros.length - 1))] / 1000.0;
    }

    private static void writeAcked(Path file, ConcurrentLinkedQueue<String> acked) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            acked.forEach(out::println);
        }
    }

    private LoadGenerator() {
    }

}
