package org.schoolhub.operations.migration;

import org.schoolhub.query.metrics.ResponseTimes;
import org.schoolhub.query.migration.StageMigrations;
import org.springframework.stereotype.Component;

/**
 * The 48-hour watch after a migration: the response figures recorded just before it against
 * those since, degraded when either got worse by more than 20 %.
 */
@Component
class Watches {

    private final ResponseTimes responseTimes;

    Watches(ResponseTimes responseTimes) {
        this.responseTimes = responseTimes;
    }

    /** Null before the migration was executed. */
    MigrationView.Watch of(StageMigrations.Migration m) {
        if (m.executedAt() == null) {
            return null;
        }
        ResponseTimes.Figures after = responseTimes.since(m.executedAt());
        boolean degraded = worse(m.p95BeforeMs(), after.p95Ms()) || worse(m.errorRateBefore(), after.errorRate());
        return new MigrationView.Watch(m.watchUntil(), m.p95BeforeMs(), after.p95Ms(), m.errorRateBefore(),
                after.errorRate(), degraded);
    }

    static boolean worse(Double before, Double after) {
        return before != null && after != null && after > before * StopSignals.DEGRADED_RATIO;
    }
}
