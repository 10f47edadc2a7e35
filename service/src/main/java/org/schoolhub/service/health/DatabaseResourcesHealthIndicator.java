package org.schoolhub.service.health;

import org.schoolhub.support.store.DatabaseResources;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** DOWN while PostgreSQL is out of a resource, disk space above all ({@link DatabaseResources}); part of readiness. */
@Component
class DatabaseResourcesHealthIndicator implements HealthIndicator {

    private final DatabaseResources resources;

    DatabaseResourcesHealthIndicator(DatabaseResources resources) {
        this.resources = resources;
    }

    @Override
    public Health health() {
        return resources.current()
                .map(e -> Health.down().withDetail("since", e.since().toString()).withDetail("failure", e.failure()).build())
                .orElseGet(() -> Health.up().build());
    }
}
