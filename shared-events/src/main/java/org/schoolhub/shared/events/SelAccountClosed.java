package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A family's SEL account was closed at balance 0 when the family withdrew. */
@Revision("1")
public record SelAccountClosed(UUID communityId, UUID familyId, Instant closedAt) {
}
