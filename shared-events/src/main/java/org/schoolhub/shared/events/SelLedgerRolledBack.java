package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The ledger's balances are back to those after its event {@code toSequence} (the point of
 * snapshot {@code snapshotId}): the reversals and re-bookings just before this event, in the same
 * commit, did it. A later rollback to the same point starts from here.
 */
@Revision("1")
public record SelLedgerRolledBack(UUID communityId, UUID rollbackId, UUID snapshotId, long toSequence, int reversed,
                                  int rebooked, Instant rolledBackAt) {
}
