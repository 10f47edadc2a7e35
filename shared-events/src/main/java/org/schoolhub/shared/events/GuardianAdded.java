package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A family got a guardian (at enrolment, later, or by an import); its name and login live in the personal-data vault. */
@Revision("1")
public record GuardianAdded(UUID communityId, UUID familyId, UUID guardianId, Instant addedAt) {
}
