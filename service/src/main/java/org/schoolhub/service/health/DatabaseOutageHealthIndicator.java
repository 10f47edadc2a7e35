package org.schoolhub.service.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * DOWN once the database has been unreachable for longer than the outage limit
 * ({@link DatabaseReachability}); part of liveness, so that a supervisor restarts the service.
 * A shorter outage leaves liveness alone: readiness has said DOWN since its start.
 */
@Component
class DatabaseOutageHealthIndicator implements HealthIndicator {

    private final DatabaseReachability reachability;

    DatabaseOutageHealthIndicator(DatabaseReachability reachability) {
        this.reachability = reachability;
    }

    @Override
    public Health health() {
        return reachability.outageBeyondLimit()
                .map(outage -> Health.down().withDetail("unreachableFor", outage.toString())
                        .withDetail("limit", reachability.limit().toString()).build())
                .orElseGet(() -> Health.up().build());
    }
}
