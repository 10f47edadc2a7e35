package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A guardian left its family; its login stopped working and its personal data was deleted. */
@Revision("1")
public record GuardianRemoved(UUID communityId, UUID familyId, UUID guardianId, Instant removedAt) {
}
