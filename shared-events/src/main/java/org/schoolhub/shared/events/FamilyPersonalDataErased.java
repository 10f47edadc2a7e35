package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The personal data of a withdrawn family was erased (GDPR); its ledger history stays. */
@Revision("1")
public record FamilyPersonalDataErased(UUID communityId, UUID familyId, Instant erasedAt) {
}
