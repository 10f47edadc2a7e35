package org.schoolhub.query.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * p95 of {@code http.server.requests} over the last 15 minutes, from Micrometer's percentile
 * histogram (enabled in application.yml). The Prometheus registry's bucket counts only grow, so
 * a sample of them is kept every minute and the p95 is read from the difference between now
 * and 15 minutes ago, as Prometheus' {@code histogram_quantile} over {@code rate(...[15m])} does.
 */
@Component
public class ResponseTimes {

    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final String METER = "http.server.requests";

    private final MeterRegistry registry;
    private final Clock wallClock = Clock.systemUTC();
    private final Deque<Sample> samples = new ArrayDeque<>();

    ResponseTimes(MeterRegistry registry) {
        this.registry = registry;
    }

    @Scheduled(fixedRate = 60_000)
    synchronized void sample() {
        Instant now = wallClock.instant();
        samples.addLast(new Sample(now, buckets()));
        while (samples.size() > 1 && samples.peekFirst().at().isBefore(now.minus(WINDOW).minusSeconds(60))) {
            samples.removeFirst();
        }
    }

    /** Null when no request was served in the window. */
    public synchronized Double p95Millis() {
        Instant since = wallClock.instant().minus(WINDOW);
        Map<Double, Double> base = samples.stream().filter(s -> !s.at().isAfter(since)).reduce((a, b) -> b)
                .map(Sample::counts).orElse(Map.of());
        return Histograms.quantile(0.95, Histograms.difference(buckets(), base));
    }

    /**
     * Cumulative count per upper bound (milliseconds), summed over every uri and status. A
     * composite registry's timers keep no histogram: the Prometheus registry's never expire, so
     * it is asked first, then any other that keeps one.
     */
    private Map<Double, Double> buckets() {
        List<MeterRegistry> candidates = registries(registry);
        candidates.sort(Comparator.comparing(r -> r.getClass().getSimpleName().startsWith("Prometheus") ? 0 : 1));
        for (MeterRegistry candidate : candidates) {
            Map<Double, Double> counts = buckets(candidate);
            if (!counts.isEmpty()) {
                return counts;
            }
        }
        return Map.of();
    }

    private static List<MeterRegistry> registries(MeterRegistry registry) {
        List<MeterRegistry> all = new ArrayList<>(List.of(registry));
        if (registry instanceof CompositeMeterRegistry composite) {
            composite.getRegistries().forEach(child -> all.addAll(registries(child)));
        }
        return all;
    }

    private static Map<Double, Double> buckets(MeterRegistry registry) {
        Map<Double, Double> counts = new TreeMap<>();
        for (Timer timer : registry.find(METER).timers()) {
            HistogramSnapshot snapshot = timer.takeSnapshot();
            if (snapshot.histogramCounts().length == 0) {
                continue;
            }
            for (CountAtBucket bucket : snapshot.histogramCounts()) {
                counts.merge(bucket.bucket(TimeUnit.MILLISECONDS), bucket.count(), Double::sum);
            }
            counts.merge(Double.POSITIVE_INFINITY, (double) snapshot.count(), Double::sum);
        }
        return counts;
    }

    private record Sample(Instant at, Map<Double, Double> counts) {
    }
}
