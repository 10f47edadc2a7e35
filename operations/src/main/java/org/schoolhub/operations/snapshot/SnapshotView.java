package org.schoolhub.operations.snapshot;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** Rollback snapshots as GET /api/admin/snapshots shows them: a summary, or one in full. */
final class SnapshotView {

    private SnapshotView() {
    }

    /** A snapshot without its content, as listed. */
    record Summary(UUID snapshotId, String label, long position, Instant takenAt, String checksum, UUID databaseId) {

        static Summary of(Snapshot snapshot) {
            return new Summary(snapshot.snapshotId(), snapshot.label(), snapshot.position(), snapshot.takenAt(),
                    snapshot.checksum(), snapshot.databaseId());
        }
    }

    /**
     * A snapshot with its content: whether its checksum still matches, the checksum of its
     * balances alone, and the accounts, families and open group orders it holds.
     */
    record Full(UUID snapshotId, String label, long position, Instant takenAt, String checksum, UUID databaseId,
                boolean checksumValid, String balancesChecksum, JsonNode accounts, JsonNode families,
                JsonNode openGroupOrders) {
    }
}
