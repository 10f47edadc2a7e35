package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.schoolhub.shared.values.MigrationFeature;

/** A step to the next stage was planned; its contact address lives in the personal-data vault. */
@Revision("1")
public record StageMigrationPlanned(UUID communityId, UUID migrationId, int fromStage, int toStage,
                                    Instant scheduledFor, int downtimeMinutes, List<MigrationFeature> features,
                                    Instant plannedAt) {
}
