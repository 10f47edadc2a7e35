package org.schoolhub.service.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.schoolhub.testing.MovableClock;
import org.springframework.boot.health.contributor.Status;

/** Liveness says DOWN only once the database has been unreachable for longer than the limit. */
class DatabaseReachabilityTest {

    private final AtomicBoolean up = new AtomicBoolean(true);
    private final MovableClock clock = new MovableClock();
    private final DatabaseReachability reachability =
            new DatabaseReachability(up::get, Duration.ofSeconds(5), Duration.ofMinutes(3), clock);
    private final DatabaseOutageHealthIndicator liveness = new DatabaseOutageHealthIndicator(reachability);

    @Test
    void a_short_outage_leaves_liveness_up_a_long_one_makes_it_down_until_the_database_is_back() {
        reachability.check();
        assertThat(liveness.health().getStatus()).isEqualTo(Status.UP);

        up.set(false);
        reachability.check();
        clock.advance(Duration.ofMinutes(2));
        reachability.check();
        assertThat(liveness.health().getStatus()).as("two minutes: readiness's business").isEqualTo(Status.UP);
        clock.advance(Duration.ofMinutes(2));
        reachability.check();
        assertThat(liveness.health().getStatus()).isEqualTo(Status.DOWN);

        up.set(true);
        reachability.check();
        assertThat(liveness.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void the_outage_counts_from_its_first_failed_check() {
        up.set(false);
        reachability.check();
        up.set(true);
        reachability.check();
        clock.advance(Duration.ofMinutes(2));
        up.set(false);
        reachability.check();
        clock.advance(Duration.ofMinutes(2));
        assertThat(liveness.health().getStatus()).as("two outages of two minutes are not one of four")
                .isEqualTo(Status.UP);
    }
}
