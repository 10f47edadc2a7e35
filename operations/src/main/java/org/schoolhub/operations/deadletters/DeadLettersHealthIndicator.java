package org.schoolhub.operations.deadletters;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code DEGRADED} while the projections' dead-letter queue holds letters: the service answers,
 * but some read models lack what those events would have written (docs/dead-letters.md). Part of
 * the overall health only, never of readiness or liveness: restarting or taking the node out of
 * service would change nothing about a dead letter.
 */
@Component
class DeadLettersHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "projections have dead letters");

    private final DeadLetters deadLetters;

    DeadLettersHealthIndicator(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        long letters = deadLetters.count();
        Health.Builder health = letters == 0 ? Health.up() : Health.status(DEGRADED);
        return health.withDetail("deadLetters", letters).build();
    }
}
