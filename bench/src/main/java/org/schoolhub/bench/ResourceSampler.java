package org.schoolhub.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Samples the service's peak heap (from its metrics endpoint) and resident memory once a second. */
final class ResourceSampler extends Thread {

    private final Http http;
    private final long pid;
    private volatile boolean running = true;
    private volatile double heapMaxMb;
    private volatile double rssMaxMb;

    ResourceSampler(Http http, long pid) {
        super("resource-sampler");
        setDaemon(true);
        this.http = http;
        this.pid = pid;
    }

    @Override
    public void run() {
        while (running) {
            Http.Answer heap = http.get("/actuator/metrics/jvm.memory.used?tag=area:heap");
            if (heap.status() == 200 && heap.body().contains("\"value\":")) {
                heapMaxMb = Math.max(heapMaxMb, Http.number(heap.body(), "value") / 1048576.0);
            }
            rssMaxMb = Math.max(rssMaxMb, rssMb());
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private double rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    double heapMaxMb() {
        return heapMaxMb;
    }

    double rssMaxMb() {
        return rssMaxMb;
    }

    void finish() {
        running = false;
        interrupt();
    }
}
