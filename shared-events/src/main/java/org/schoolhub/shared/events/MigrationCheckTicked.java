package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A manual checklist item was marked done or not done; who did it is the event's actor. */
@Revision("1")
public record MigrationCheckTicked(UUID communityId, UUID migrationId, String item, boolean done, String note,
                                   Instant tickedAt) {
}
