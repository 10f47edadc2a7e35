package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The migration was rehearsed on another environment, successfully or not. */
@Revision("1")
public record MigrationRehearsed(UUID communityId, UUID migrationId, String environment, boolean succeeded,
                                 String notes, Instant rehearsedAt) {
}
