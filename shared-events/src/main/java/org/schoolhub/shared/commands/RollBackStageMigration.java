package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an executed migration was rolled back during its watch, by {@code rollbackId}. */
public record RollBackStageMigration(UUID communityId, UUID migrationId, UUID rollbackId, String reason) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return StageMigrationId.of(migrationId);
    }
}
