package org.schoolhub.operations.snapshot;

/**
 * When the daily rollback snapshot is taken: a Spring cron expression read in the community's
 * time zone. The application builds it from its configuration.
 */
public record DailySnapshotSettings(String cron) {
}
