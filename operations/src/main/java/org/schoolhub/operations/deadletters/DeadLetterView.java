package org.schoolhub.operations.deadletters;

import java.time.Instant;
import java.util.List;

/**
 * One dead letter: the event (its id, type, aggregate and position; never its payload, which may
 * hold what the event was refused for), when it was parked and last tried, and why.
 */
record DeadLetterView(String letterId, String sequence, String eventId, String eventType, String aggregateId,
                      Long aggregateSequence, Long position, Instant eventTimestamp, Instant enqueuedAt,
                      Instant lastTouchedAt, String causeType, String causeMessage) {

    /** The letters of one aggregate, oldest first: they are retried in that order. */
    record Sequence(String sequence, List<DeadLetterView> letters) {
    }

    /** The answer to a retry of one sequence: whether all passed, and those left. */
    record Retried(String sequence, boolean cleared, List<DeadLetterView> left) {
    }

    /** The answer to a retry of every sequence. */
    record RetriedAll(int sequencesRetried, int sequencesCleared, long lettersLeft) {
    }

    /** The answer to an eviction. */
    record Evicted(String sequence, int evicted, List<DeadLetterView> left) {
    }
}
