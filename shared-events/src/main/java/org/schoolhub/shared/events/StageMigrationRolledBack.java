package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** An executed migration was rolled back during its watch, to its snapshot, by compensating events. */
@Revision("1")
public record StageMigrationRolledBack(UUID communityId, UUID migrationId, UUID snapshotId, UUID rollbackId,
                                       String reason, Instant rolledBackAt) {
}
