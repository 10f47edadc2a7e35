package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A rehearsal of the migration on another environment (staging), and how it went. */
public record RecordMigrationRehearsal(UUID communityId, UUID migrationId, String environment, boolean succeeded,
                                       String notes) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return StageMigrationId.of(migrationId);
    }
}
