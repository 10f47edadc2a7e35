package org.schoolhub.command.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The registry as the fixtures see it: a map, written at once. */
class InMemoryTransferRegistry implements TransferRegistry {

    final Map<UUID, RecordedTransfer> transfers = new HashMap<>();

    @Override
    public Optional<RecordedTransfer> find(UUID transferId) {
        return Optional.ofNullable(transfers.get(transferId));
    }

    @Override
    public void record(RecordedTransfer transfer) {
        transfers.put(transfer.transferId(), transfer);
    }

    @Override
    public void markReversed(UUID transferId, UUID reversalId) {
        transfers.computeIfPresent(transferId, (id, t) -> t.reversedBy(reversalId));
    }
}
