package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The community moved on to its next stage. {@code overridden} is true when the gate was not met
 * and a coordinator advanced anyway, giving {@code reason} (a statement about the gate, not about
 * people); {@code snapshotId} is the rollback snapshot taken just before.
 */
@Revision("1")
public record CommunityStageAdvanced(UUID communityId, int fromStage, int toStage, boolean gateReady,
                                     boolean overridden, String reason, UUID snapshotId, Instant advancedAt) {
}
