package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A family's SEL account was opened at balance 0. */
@Revision("1")
public record SelAccountOpened(UUID communityId, UUID familyId, Instant openedAt) {
}
