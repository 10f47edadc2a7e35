package org.schoolhub.operations.snapshot;

import java.time.Instant;
import java.util.UUID;

/** A stored rollback snapshot; {@code state} is the canonical text its checksum is taken over. */
public record Snapshot(UUID snapshotId, String label, long position, Instant takenAt, String checksum,
                UUID databaseId, String state) {
}
