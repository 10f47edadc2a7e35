package org.schoolhub.support.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Remembers that PostgreSQL ran out of a resource (SQLSTATE class 53: disk full, "could not extend
 * file", out of memory, too many connections), so that readiness says DOWN while it lasts: from
 * such a failure until an event is written again, or until {@code hold} passes without another
 * one (a node that no longer receives requests must be able to come back).
 */
/** Built by the application from its configuration (how long an exhaustion is held). */
public class DatabaseResources {

    /** SQLSTATE class "insufficient resources". */
    static final String INSUFFICIENT_RESOURCES = "53";

    private static final Logger log = LoggerFactory.getLogger(DatabaseResources.class);

    private final Duration hold;
    private final Clock clock;
    private final AtomicReference<Exhaustion> exhaustion = new AtomicReference<>();

    @Autowired
    public DatabaseResources(Duration hold) {
        this(hold, Clock.systemUTC());
    }

    public DatabaseResources(Duration hold, Clock clock) {
        this.hold = hold;
        this.clock = clock;
    }

    /** Notes the failure if it is PostgreSQL running out of a resource. */
    public void failed(Throwable failure) {
        if (SqlStates.has(failure, INSUFFICIENT_RESOURCES)) {
            Instant now = clock.instant();
            Exhaustion before = exhaustion.getAndUpdate(e -> new Exhaustion(e == null ? now : e.since(), now, SqlStates.serverMessage(failure)));
            if (before == null) {
                log.error("PostgreSQL ran out of resources (disk full?); readiness is DOWN until writes succeed: {}",
                        SqlStates.serverMessage(failure));
            }
        }
    }

    /** An event was written: the database has room again. */
    public void wrote() {
        if (exhaustion.get() != null && exhaustion.getAndSet(null) != null) {
            log.info("PostgreSQL writes succeed again");
        }
    }

    /** Since when the database has been short of resources, if it is. */
    public Optional<Exhaustion> current() {
        Exhaustion e = exhaustion.get();
        if (e != null && !clock.instant().isBefore(e.last().plus(hold))) {
            exhaustion.compareAndSet(e, null);
            return Optional.empty();
        }
        return Optional.ofNullable(e);
    }

    public record Exhaustion(Instant since, Instant last, String failure) {
    }
}
