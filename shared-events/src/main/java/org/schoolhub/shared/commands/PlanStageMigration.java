package org.schoolhub.shared.commands;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.schoolhub.shared.values.MigrationFeature;

/**
 * Plan the step from {@code fromStage} to the next one. The contact address is personal data:
 * the handler keeps it in the personal-data vault, the event does not carry it.
 */
public record PlanStageMigration(UUID communityId, UUID migrationId, int fromStage, int toStage,
                                 Instant scheduledFor, int downtimeMinutes, String contactEmail,
                                 List<MigrationFeature> features) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return StageMigrationId.of(migrationId);
    }
}
