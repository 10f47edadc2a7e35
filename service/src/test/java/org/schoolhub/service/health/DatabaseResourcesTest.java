package org.schoolhub.service.health;

import org.schoolhub.support.store.DatabaseResources;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.time.Duration;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.schoolhub.testing.MovableClock;
import org.springframework.boot.health.contributor.Status;

/** A full disk makes readiness DOWN until a write succeeds, or until the hold passes without another failure. */
class DatabaseResourcesTest {

    private final MovableClock clock = new MovableClock();
    private final DatabaseResources resources = new DatabaseResources(Duration.ofMinutes(1), clock);
    private final DatabaseResourcesHealthIndicator health = new DatabaseResourcesHealthIndicator(resources);

    @Test
    void a_full_disk_makes_readiness_down_until_an_event_is_written_again() {
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        resources.failed(diskFull());
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        clock.advance(Duration.ofSeconds(59));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        resources.wrote();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void without_further_failures_readiness_comes_back_after_the_hold() {
        resources.failed(diskFull());
        clock.advance(Duration.ofSeconds(40));
        resources.failed(diskFull());
        clock.advance(Duration.ofSeconds(40));
        assertThat(health.health().getStatus()).as("the hold counts from the last failure").isEqualTo(Status.DOWN);
        clock.advance(Duration.ofSeconds(20));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void other_failures_leave_readiness_alone() {
        resources.failed(new EventStoreException("dup", new SQLException("duplicate key", "23505")));
        resources.failed(new IllegalStateException("no SQL at all"));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    /** As PostgreSQL's driver reports it for a JDBC batch of events, wrapped by Axon. */
    static EventStoreException diskFull() {
        SQLException cause = new SQLException("ERROR: could not extend file \"base/5/16385\": No space left on device",
                "53100");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "53100", 0, new int[0], cause);
        batch.setNextException(cause);
        return new EventStoreException("An event for aggregate [x] at sequence [7] was already inserted", batch);
    }
}
