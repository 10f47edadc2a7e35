package org.schoolhub.support.projection;

import java.sql.Timestamp;
import java.time.Instant;

/** JDBC wants java.sql.Timestamp for timestamptz columns. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Timestamp of(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
