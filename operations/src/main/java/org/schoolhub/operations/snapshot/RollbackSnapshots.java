package org.schoolhub.operations.snapshot;

import java.util.UUID;

/**
 * Takes rollback snapshots: the state of balances, family roster and open group orders at one
 * global event position, with a SHA-256 checksum. Used on demand, daily, and before a stage
 * advance.
 */
public interface RollbackSnapshots {

    /** Takes a snapshot now and returns its id. */
    UUID take(String label);
}
