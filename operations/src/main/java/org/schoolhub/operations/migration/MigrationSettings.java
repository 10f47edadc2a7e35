package org.schoolhub.operations.migration;

import java.time.Duration;

/**
 * How stage migrations are held: the notice families get between the announcement and the
 * migration, and how long the watch after it lasts. The application builds it from its configuration.
 */
public record MigrationSettings(int noticeDays, Duration watch) {
}
