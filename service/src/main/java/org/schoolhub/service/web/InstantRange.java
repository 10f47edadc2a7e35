package org.schoolhub.service.web;

import java.time.Instant;

/**
 * The instants a request may carry: 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z. Java reads
 * years up to a billion, PostgreSQL's timestamps stop far sooner; a date outside this range is
 * a client's mistake, answered 400 before anything tries to store or compare it.
 */
final class InstantRange {

    static final Instant EARLIEST = Instant.EPOCH;
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private InstantRange() {
    }

    /** Refuses an instant outside the range; a request parameter that fails this is a 400. */
    static Instant check(Instant instant) {
        String fault = faultIn(instant);
        if (fault != null) {
            throw new OutOfRange(fault);
        }
        return instant;
    }

    /** Why this instant is refused, or null when it is fine. */
    static String faultIn(Instant instant) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            return "must be between " + EARLIEST + " and " + LATEST;
        }
        return null;
    }

    /** An instant parameter outside the range; its message is the reason given to the client. */
    static final class OutOfRange extends IllegalArgumentException {

        OutOfRange(String reason) {
            super(reason);
        }
    }
}
