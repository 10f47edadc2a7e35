package org.schoolhub.shared.commands;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the migration was carried out behind snapshot {@code snapshotId}: the open items and
 * active signals it went ahead with (only with an override and a reason), and the response figures
 * before it, which the watch compares against until {@code watchUntil}.
 */
public record ExecuteStageMigration(UUID communityId, UUID migrationId, UUID snapshotId, boolean override,
                                    String reason, List<String> openItems, List<String> activeSignals,
                                    Double p95BeforeMs, Double errorRateBefore, Instant watchUntil) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return StageMigrationId.of(migrationId);
    }
}
