package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The SEL ledger of a community was opened; it is the consistency boundary of all its accounts. */
@Revision("1")
public record SelLedgerOpened(UUID communityId, Instant openedAt) {
}
