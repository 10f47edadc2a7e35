package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A coordinator marks a manual checklist item done (or not done again), with a note. */
public record TickMigrationCheck(UUID communityId, UUID migrationId, String item, boolean done, String note) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return StageMigrationId.of(migrationId);
    }
}
