package org.schoolhub.shared.values;

import java.util.List;
import java.util.UUID;

/**
 * What the ledger answers for a rollback: the compensations it booked, in the order it booked
 * them, and {@code sequence}, the ledger event after which every balance equals the snapshot's
 * (its own last event, or the last one before it when there was nothing to undo).
 */
public record LedgerRollbackReceipt(UUID rollbackId, List<Compensation> compensations, long sequence) {

    public LedgerRollbackReceipt {
        compensations = List.copyOf(compensations);
    }

    /** A transfer reversed (REVERSE) or booked again (REBOOK) under a new id. */
    public record Compensation(Kind kind, UUID transferId, UUID newTransferId) {
    }

    public enum Kind { REVERSE, REBOOK }
}
