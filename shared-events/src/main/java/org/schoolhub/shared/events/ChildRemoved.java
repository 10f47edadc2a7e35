package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A child was removed from a family. */
@Revision("1")
public record ChildRemoved(UUID communityId, UUID familyId, UUID childId, Instant removedAt) {
}
