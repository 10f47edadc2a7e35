package org.schoolhub.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        AtomicLong completed = new AtomicLong();
        AtomicLong created = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
        int maxSamples = (int) Math.min(maxRequests, 5_000_000);
        AtomicLongArray latenciesMicros = new AtomicLongArray(maxSamples);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;

        java.net.URI uri = java.net.URI.create(base);
        String authorization = "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        ResourceSampler sampler = new ResourceSampler(http, pid);
        if (pid > 0) {
            sampler.start();
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] head = ("POST /api/sel/transfers HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAuthorization: " + authorization + "\r\nContent-Type: application/json\r\nContent-Length: ")
                .getBytes(StandardCharsets.US_ASCII);
        SelectorClients.Requests requests = () -> {
            if (issued.get() >= maxRequests) {
                return null;
            }
            String from = families.get(random.nextInt(families.size()));
            String to = families.get(random.nextInt(families.size()));
            while (to.equals(from)) {
                to = families.get(random.nextInt(families.size()));
            }
            // not UUID.randomUUID(): one shared SecureRandom behind a lock, and more CPU than the request needs
            String id = new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                    (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
            byte[] body = ("{\"transferId\":\"" + id + "\",\"from\":\"" + from + "\",\"to\":\"" + to
                    + "\",\"amount\":" + (1 + random.nextInt(5)) + ",\"memo\":\"bench\"}").getBytes(StandardCharsets.UTF_8);
            byte[] length = (body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(head, head.length + length.length + body.length);
            System.arraycopy(length, 0, request, head.length, length.length);
            System.arraycopy(body, 0, request, head.length + length.length, body.length);
            issued.incrementAndGet();
            return new SelectorClients.Request(id, request);
        };
        SelectorClients.Results results = (request, status, micros) -> {
            long n = completed.getAndIncrement();
            if (n < maxSamples) {
                latenciesMicros.set((int) n, micros);
            }
            if (status == 201) {
                created.incrementAndGet();
                if (ackFile != null) {
                    acked.add(request.id());
                }
            } else if (status == 422) {
                refused.incrementAndGet();
            } else {
                failed.incrementAndGet();
            }
        };
        long started = System.nanoTime();
        new SelectorClients(uri.getHost(), uri.getPort()).run(clients, deadline, requests, results);
        double elapsed = (System.nanoTime() - started) / 1e9;
        sampler.finish();
        long done = completed.get();
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
