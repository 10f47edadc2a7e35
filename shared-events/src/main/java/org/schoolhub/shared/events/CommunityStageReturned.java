package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The compensation of a stage advance: the community is back at {@code toStage}, the stage before. */
@Revision("1")
public record CommunityStageReturned(UUID communityId, int fromStage, int toStage, UUID migrationId, String reason,
                                     Instant returnedAt) {
}
