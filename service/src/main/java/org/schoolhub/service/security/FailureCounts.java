package org.schoolhub.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per key, and the wait they earn: none for the first {@code freeFailures},
 * then one second, doubling with each further failure up to {@code maxDelay}. A key that has had no
 * failure for {@code forgetAfter} starts again from nothing.
 */
final class FailureCounts {

    private static final int MAX_KEYS = 100_000;

    private final int freeFailures;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    FailureCounts(int freeFailures, Duration maxDelay, Duration forgetAfter, Clock clock) {
        this.freeFailures = freeFailures;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    Optional<Duration> waitFor(String key) {
        Failures f = failures.get(key);
        if (f == null || f.lockedUntil == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil);
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    void failed(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, f) -> {
            int count = f == null || forgotten(f, now) ? 1 : f.count + 1;
            Instant lockedUntil = count < freeFailures ? null : now.plus(delay(count - freeFailures));
            return new Failures(count, now, lockedUntil);
        });
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> forgotten(f, now));
            if (failures.size() > MAX_KEYS) {
                failures.clear(); // a flood of made-up keys must not exhaust memory
            }
        }
    }

    void cleared(String key) {
        failures.remove(key);
    }

    private Duration delay(int beyondFree) {
        Duration delay = Duration.ofSeconds(1L << Math.min(beyondFree, 30));
        return delay.compareTo(maxDelay) <= 0 ? delay : maxDelay;
    }

    private boolean forgotten(Failures f, Instant now) {
        return !now.isBefore(f.last.plus(forgetAfter));
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }
}
