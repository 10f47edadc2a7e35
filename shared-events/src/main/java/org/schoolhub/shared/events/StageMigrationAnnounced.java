package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The announcement was published to families. Its texts are made from the migration's facts
 * whenever they are shown, so the contact address never enters the event log.
 */
@Revision("1")
public record StageMigrationAnnounced(UUID communityId, UUID migrationId, Instant publishedAt) {
}
