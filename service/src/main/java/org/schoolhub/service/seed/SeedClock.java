package org.schoolhub.service.seed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of a seeding run: real time (to the microsecond, like the normal clock) unless a
 * moment is pinned, so that the events the aggregates apply carry the seeded past times.
 */
final class SeedClock extends Clock {

    private final Clock real = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    private volatile Instant pinned;

    void pin(Instant instant) {
        pinned = instant;
    }

    void release() {
        pinned = null;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : real.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same pinnable instant, seen from another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        SeedClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
