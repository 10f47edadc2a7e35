package org.schoolhub.query.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import org.schoolhub.support.projection.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Response times of {@code /api/**} requests (static files and the actuator left out), counted per
 * minute in fixed buckets and written to api_response_minute once a minute and at shutdown, so the
 * p95 over the trailing 24 hours survives a restart. Below {@link #MIN_REQUESTS} requests a figure
 * is null: a handful of lucky requests must not pass a gate.
 */
@Component
public class ResponseTimes {

    static final Duration WINDOW = Duration.ofHours(24);
    static final long MIN_REQUESTS = 100;
    static final double[] BOUNDS_MS = {5, 10, 25, 50, 75, 100, 150, 200, 250, 300, 400, 500, 750, 1000, 1500, 2000,
            3000, 5000, 10000, Double.POSITIVE_INFINITY};

    private static final Logger log = LoggerFactory.getLogger(ResponseTimes.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final UUID nodeId = UUID.randomUUID();
    private final Map<Instant, Minute> pending = new TreeMap<>();

    @Autowired
    ResponseTimes(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    ResponseTimes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One request served: how long it took, and whether it failed on our side (5xx). */
    public synchronized void record(double millis, boolean error) {
        Minute minute = pending.computeIfAbsent(clock.instant().truncatedTo(ChronoUnit.MINUTES), m -> new Minute());
        minute.requests++;
        minute.errors += error ? 1 : 0;
        for (int i = 0; i < BOUNDS_MS.length; i++) {
            if (millis <= BOUNDS_MS[i]) {
                minute.buckets[i]++;
                break;
            }
        }
    }

    /** Adds the minutes counted so far to the table; a minute flushed twice adds up. */
    @Scheduled(fixedRate = 60_000)
    public void flush() {
        TreeMap<Instant, Minute> taken;
        synchronized (this) {
            taken = new TreeMap<>(pending);
            pending.clear();
        }
        for (Map.Entry<Instant, Minute> entry : taken.entrySet()) {
            Minute m = entry.getValue();
            try {
                jdbc.update("""
                        insert into api_response_minute as a (minute, node_id, requests, errors, buckets)
                        values (?, ?, ?, ?, ?)
                        on conflict (minute, node_id) do update
                           set requests = a.requests + excluded.requests, errors = a.errors + excluded.errors,
                               buckets = array(select x + y from unnest(a.buckets, excluded.buckets) as t(x, y))""",
                        Timestamps.of(entry.getKey()), nodeId, m.requests, m.errors, m.buckets);
            } catch (DataAccessException e) {
                keepForLater(taken.tailMap(entry.getKey()));
                throw e;
            }
        }
    }

    /** Minutes the database did not take go back to the pending ones, for the next flush. */
    private synchronized void keepForLater(Map<Instant, Minute> minutes) {
        minutes.forEach((at, m) -> pending.merge(at, m, Minute::plus));
    }

    /** At shutdown the database may already be gone (an outage, a kill of the embedded server): say so, stop anyway. */
    @PreDestroy
    void flushAtShutdown() {
        try {
            flush();
        } catch (DataAccessException e) {
            log.warn("The response times of the last minute could not be kept: {}", e.getMessage());
        }
    }

    /** p95 in milliseconds over the trailing 24 hours; null below the minimum of requests. */
    public Double p95Millis() {
        return since(clock.instant().minus(WINDOW)).p95Ms();
    }

    /** Error rate (5xx per request) over the trailing 24 hours; null below the minimum of requests. */
    public Double errorRate() {
        return since(clock.instant().minus(WINDOW)).errorRate();
    }

    /** The figures of the requests served since {@code start}, flushed or not. */
    public Figures since(Instant start) {
        long[] buckets = new long[BOUNDS_MS.length];
        long[] totals = new long[2];
        jdbc.query("select requests, errors, buckets from api_response_minute where minute >= ?", rs -> {
            totals[0] += rs.getLong(1);
            totals[1] += rs.getLong(2);
            Long[] counts = (Long[]) rs.getArray(3).getArray();
            for (int i = 0; i < Math.min(counts.length, buckets.length); i++) {
                buckets[i] += counts[i];
            }
        }, Timestamps.of(start.truncatedTo(ChronoUnit.MINUTES)));
        synchronized (this) {
            pending.forEach((at, m) -> {
                if (!at.isBefore(start.truncatedTo(ChronoUnit.MINUTES))) {
                    totals[0] += m.requests;
                    totals[1] += m.errors;
                    for (int i = 0; i < buckets.length; i++) {
                        buckets[i] += m.buckets[i];
                    }
                }
            });
        }
        if (totals[0] < MIN_REQUESTS) {
            return new Figures(totals[0], null, null);
        }
        Map<Double, Double> cumulative = new TreeMap<>();
        double running = 0;
        for (int i = 0; i < buckets.length; i++) {
            running += buckets[i];
            cumulative.put(BOUNDS_MS[i], running);
        }
        Double p95 = Histograms.quantile(0.95, cumulative);
        return new Figures(totals[0], p95 == null ? null : Math.round(p95 * 100) / 100.0,
                (double) totals[1] / totals[0]);
    }

    /** Requests served, their p95 and error rate; both null below the minimum of requests. */
    public record Figures(long requests, Double p95Ms, Double errorRate) {
    }

    private static final class Minute {
        long requests;
        long errors;
        final long[] buckets = new long[BOUNDS_MS.length];

        Minute plus(Minute other) {
            requests += other.requests;
            errors += other.errors;
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] += other.buckets[i];
            }
            return this;
        }
    }
}
