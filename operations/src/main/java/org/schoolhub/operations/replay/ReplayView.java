package org.schoolhub.operations.replay;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A replay as operators follow it: {@code processed} of {@code total} events (summed over its
 * projections); {@code phase} BUILDING while the fresh tables fill, SWITCHING while they take the
 * live ones' place, FINISHED once DONE or FAILED.
 */
record ReplayView(UUID replayId, String status, String phase, long processed, long total,
                  List<ProjectionProgress> projections, long targetPosition, Instant startedAt, Instant finishedAt,
                  String error) {

    /** One projection's share of the replay. */
    record ProjectionProgress(String projection, long processed, long total, String tracker) {
    }
}
