package org.schoolhub.service.config.properties;

import org.schoolhub.command.config.CommandBusSettings;
import org.schoolhub.command.grouporder.DeadlineSettings;
import org.schoolhub.command.grouporder.ReminderSettings;
import org.schoolhub.command.paymentrequest.PaymentRequestSettings;
import org.schoolhub.query.metrics.HeartbeatSettings;
import org.schoolhub.operations.migration.MigrationSettings;
import org.schoolhub.query.notification.NotificationSettings;
import org.schoolhub.operations.imports.ImportSettings;
import org.schoolhub.operations.snapshot.DailySnapshotSettings;
import org.schoolhub.support.store.DatabaseResources;
import org.schoolhub.shared.values.SelLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link SchoolhubProperties} and hands each module below the service its part as a
 * settings record of its own, so that neither side reads the application's configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchoolhubProperties.class)
class SettingsConfig {

    /** Read once for both sides: the ledger enforces them, the read side shows and checks them. */
    @Bean
    SelLimits selLimits(SchoolhubProperties properties) {
        return new SelLimits(properties.sel().lowerLimit(), properties.sel().upperLimit());
    }

    @Bean
    CommandBusSettings commandBusSettings(SchoolhubProperties properties) {
        return new CommandBusSettings(properties.commands().maxGroupSize(), properties.commands().queueCapacity());
    }

    @Bean
    DeadlineSettings deadlineSettings(SchoolhubProperties properties) {
        return new DeadlineSettings(properties.deadlines().pollingInterval());
    }

    @Bean
    ReminderSettings reminderSettings(SchoolhubProperties properties) {
        return new ReminderSettings(properties.notifications().deadlineSoon());
    }

    @Bean
    PaymentRequestSettings paymentRequestSettings(SchoolhubProperties properties) {
        return new PaymentRequestSettings(properties.paymentRequests().defaultExpiry());
    }

    @Bean
    NotificationSettings notificationSettings(SchoolhubProperties properties) {
        SchoolhubProperties.Notifications notifications = properties.notifications();
        return new NotificationSettings(notifications.streamPollInterval(), notifications.streamHeartbeatInterval(),
                notifications.streamTimeout());
    }

    @Bean
    HeartbeatSettings heartbeatSettings(SchoolhubProperties properties) {
        return new HeartbeatSettings(properties.metrics().heartbeatInterval());
    }

    /** How long readiness stays DOWN after the database ran out of a resource. */
    @Bean
    DatabaseResources databaseResources(SchoolhubProperties properties) {
        return new DatabaseResources(properties.health().databaseResourcesHold());
    }

    @Bean
    DailySnapshotSettings dailySnapshotSettings(SchoolhubProperties properties) {
        return new DailySnapshotSettings(properties.operations().dailySnapshotCron());
    }

    @Bean
    MigrationSettings migrationSettings(SchoolhubProperties properties) {
        return new MigrationSettings(properties.migration().noticeDays(), properties.migration().watch());
    }

    /** Backups of imported Stage-0 files live beside the data, in {@code stage0-backups/}. */
    @Bean
    ImportSettings importSettings(SchoolhubProperties properties) {
        return new ImportSettings(java.nio.file.Path.of(properties.dataDir()).resolve("stage0-backups"));
    }
}
