package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A family left the community with a zero SEL balance; it can neither pay nor be paid any more. */
@Revision("1")
public record FamilyWithdrawn(UUID communityId, UUID familyId, Instant withdrawnAt) {
}
