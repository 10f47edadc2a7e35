package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish the migration's announcement to families; the notice counts from the first publication. */
public record AnnounceStageMigration(UUID communityId, UUID migrationId) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return StageMigrationId.of(migrationId);
    }
}
