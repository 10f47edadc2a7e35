package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The migration was carried out behind snapshot {@code snapshotId}. {@code overridden} with a
 * reason when it went ahead despite {@code openItems} or {@code activeSignals}; the response
 * figures before it are what the watch compares against until {@code watchUntil}.
 */
@Revision("1")
public record StageMigrationExecuted(UUID communityId, UUID migrationId, int fromStage, int toStage, UUID snapshotId,
                                     boolean overridden, String reason, List<String> openItems,
                                     List<String> activeSignals, Double p95BeforeMs, Double errorRateBefore,
                                     Instant executedAt, Instant watchUntil) {
}
