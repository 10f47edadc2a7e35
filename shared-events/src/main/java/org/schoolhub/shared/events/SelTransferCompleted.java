package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** Units moved from one family to another. The balances are those right after the transfer; the memo lives beside the personal data, since families type names into it. */
@Revision("1")
public record SelTransferCompleted(UUID communityId, UUID transferId, UUID from, UUID to, long amount, long fromBalance, long toBalance, Instant bookedAt) {
}
