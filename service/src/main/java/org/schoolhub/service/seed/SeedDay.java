package org.schoolhub.service.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

/**
 * The moments of one seeded day, in increasing order from 07:30 community time, so the event
 * log's order agrees with the events' times; null once a moment would lie in the future.
 */
final class SeedDay {

    private final Instant now;
    private final Random random;
    private Instant cursor;

    SeedDay(LocalDate day, ZoneId zone, Instant now, Random random) {
        this.now = now;
        this.random = random;
        this.cursor = day.atTime(7, 30).atZone(zone).toInstant();
    }

    Instant next() {
        cursor = cursor.plusSeconds(30 + random.nextInt(600));
        return cursor.isAfter(now) ? null : cursor;
    }
}
