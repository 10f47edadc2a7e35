package org.schoolhub.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing for one account: after 5 failed logins in a row, every further
 * attempt waits out a delay that doubles with each failure (1 s, 2 s, 4 s ... up to 15 minutes).
 * A successful login clears the count. Kept per node, in memory.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this login must still wait, if it must. */
    Optional<Duration> waitFor(String login) {
        Failures f = failures.get(key(login));
        if (f == null || f.lockedUntil == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil);
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    void failed(String login) {
        failures.compute(key(login), (k, f) -> {
            int count = f == null ? 1 : f.count + 1;
            Instant lockedUntil = null;
            if (count >= FREE_ATTEMPTS) {
                long seconds = 1L << Math.min(count - FREE_ATTEMPTS, 20);
                lockedUntil = clock.instant().plus(min(Duration.ofSeconds(seconds), MAX_DELAY));
            }
            return new Failures(count, lockedUntil);
        });
        if (failures.size() > 100_000) {
            failures.clear(); // a flood of made-up names must not exhaust memory
        }
    }

    void succeeded(String login) {
        failures.remove(key(login));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String key(String login) {
        return login.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
