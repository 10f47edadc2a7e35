package org.schoolhub.service.config.properties;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.hibernate.validator.constraints.time.DurationMin;
import org.schoolhub.support.role.NodeRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code schoolhub.*} setting, bound once and checked at start-up: a value out of its range
 * stops the start with the property's name. Each default is written here and nowhere else;
 * docs/configuration.md describes them all (ConfigurationDocumentationTest keeps it true).
 * The modules below the service get their part as settings records of their own (SettingsConfig).
 */
@ConfigurationProperties("schoolhub")
@Validated
public record SchoolhubProperties(
        @DefaultValue(NodeRole.DEFAULT) @NotNull NodeRole role,
        @DefaultValue("./data") @NotBlank String dataDir,
        @DefaultValue("0") @Min(0) @Max(65_535) int embeddedPort,
        String bootstrapAdminPassword,
        @DefaultValue("Europe/Brussels") @NotNull ZoneId timeZone,
        @DefaultValue @Valid Sel sel,
        @DefaultValue @Valid Commands commands,
        @DefaultValue @Valid Deadlines deadlines,
        @DefaultValue @Valid Payments payments,
        @DefaultValue @Valid PaymentRequests paymentRequests,
        @DefaultValue @Valid Notifications notifications,
        @DefaultValue @Valid Mail mail,
        @DefaultValue @Valid Metrics metrics,
        @DefaultValue @Valid Operations operations,
        @DefaultValue @Valid Migration migration,
        @DefaultValue @Valid Health health,
        @DefaultValue @Valid Seed seed) {

    /** The SEL balance limits; they must surround 0. */
    public record Sel(
            @DefaultValue("-300") @Max(0) long lowerLimit,
            @DefaultValue("600") @PositiveOrZero long upperLimit) {
    }

    /** The group-commit command bus. */
    public record Commands(
            @DefaultValue("256") @Positive int maxGroupSize,
            @DefaultValue("8192") @Positive int queueCapacity) {
    }

    /** The persistent deadline manager (group orders closing). */
    public record Deadlines(
            @DefaultValue("1s") @NotNull @DurationMin(millis = 1) Duration pollingInterval) {
    }

    /** How group-order lines are paid. */
    public record Payments(
            @DefaultValue("manual") @NotNull PaymentProvider provider) {
    }

    /** Families' payment requests. */
    public record PaymentRequests(
            @DefaultValue("14d") @NotNull @DurationMin(seconds = 1) Duration defaultExpiry) {
    }

    /** Families' notifications: their live streams. */
    public record Notifications(
            @DefaultValue("500ms") @NotNull @DurationMin(millis = 10) Duration streamPollInterval,
            @DefaultValue("15s") @NotNull @DurationMin(millis = 10) Duration streamHeartbeatInterval,
            @DefaultValue("30m") @NotNull @DurationMin(seconds = 1) Duration streamTimeout,
            @DefaultValue("1d") @NotNull @DurationMin(seconds = 1) Duration deadlineSoon) {
    }

    /** E-mail of notifications: off while no SMTP host is set. */
    public record Mail(
            String host,
            @DefaultValue("587") @Min(1) @Max(65_535) int port,
            String username,
            String password,
            @DefaultValue("false") boolean starttls,
            @DefaultValue("schoolhub@localhost") @NotBlank String from,
            @DefaultValue("10s") @NotNull @DurationMin(millis = 10) Duration interval) {
    }

    /** The stage-gate metrics. */
    public record Metrics(
            @DefaultValue("1m") @NotNull @DurationMin(millis = 1) Duration heartbeatInterval) {
    }

    /** Operators' tasks that run by themselves. */
    public record Operations(
            @DefaultValue("0 15 3 * * *") @NotNull @Cron String dailySnapshotCron) {
    }

    /** Stage migrations: the notice between announcement and migration, the watch after it. */
    public record Migration(
            @DefaultValue("7") @Min(0) @Max(365) int noticeDays,
            @DefaultValue("48h") @NotNull @DurationMin(minutes = 1) Duration watch) {
    }

    /** Health and readiness. */
    public record Health(
            @DefaultValue("5s") @NotNull @DurationMin(millis = 1) Duration databaseCheckInterval,
            @DefaultValue("3m") @NotNull @DurationMin(millis = 1) Duration databaseOutageLimit,
            @DefaultValue("1m") @NotNull @DurationMin(millis = 1) Duration databaseResourcesHold) {
    }

    /** Demo history, generated only when {@code months} is set. */
    public record Seed(
            @Positive Integer months,
            @DefaultValue("40") @Positive int families,
            @DefaultValue("seed-password-1") @NotBlank String password,
            @DefaultValue("42") long randomSeed,
            @DefaultValue("false") boolean exit) {
    }
}
