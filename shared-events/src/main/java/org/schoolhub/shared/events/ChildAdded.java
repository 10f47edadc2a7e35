package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A child was registered for a family; the child's details live in the personal-data vault. */
@Revision("1")
public record ChildAdded(UUID communityId, UUID familyId, UUID childId, Instant addedAt) {
}
