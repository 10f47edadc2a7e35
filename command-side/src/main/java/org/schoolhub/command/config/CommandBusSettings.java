package org.schoolhub.command.config;

/**
 * The group-commit bus's sizes: at most {@code maxGroupSize} commands share a transaction, and at
 * most {@code queueCapacity} wait for one before a sender is refused. The application builds it
 * from its configuration.
 */
public record CommandBusSettings(int maxGroupSize, int queueCapacity) {
}
