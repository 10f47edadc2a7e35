package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A family joined the community. Its name, e-mail and children live in the personal-data vault. */
@Revision("1")
public record FamilyEnrolled(UUID communityId, UUID familyId, Instant enrolledAt) {
}
