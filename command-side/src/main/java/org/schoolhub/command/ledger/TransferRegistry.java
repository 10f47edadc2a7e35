package org.schoolhub.command.ledger;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger's memory of past transfers, kept beside the event store and written in the same
 * transaction as the events, so that the Ledger aggregate's own state (and its snapshot) stays
 * as small as the number of families.
 */
public interface TransferRegistry {

    /** The transfer or reversal with that id, including those booked earlier in the current unit of work. */
    Optional<RecordedTransfer> find(UUID transferId);

    /**
     * Loads these transfers at once for the current unit of work, so that the finds that follow
     * cost no round trip each; a registry without such a cost may ignore it.
     */
    default void prepare(Collection<UUID> transferIds) {
    }

    /** Remembers a new transfer or reversal; it is stored when the current unit of work commits. */
    void record(RecordedTransfer transfer);

    /** Marks a transfer as reversed; stored when the current unit of work commits. */
    void markReversed(UUID transferId, UUID reversalId);
}
