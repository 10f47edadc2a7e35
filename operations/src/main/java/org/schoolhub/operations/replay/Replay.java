package org.schoolhub.operations.replay;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One replay: which projections, up to which position (the head when it started), how far it has
 * come and in which phase it is. Written by the replay's own thread, read by the API.
 */
final class Replay {

    enum Status { RUNNING, DONE, FAILED }

    /** Building the fresh tables beside the live ones, then putting them in their place. */
    enum Phase { BUILDING, SWITCHING, FINISHED }

    private final UUID replayId;
    private final List<String> projections;
    private final long targetPosition;
    private final long eventsPerProjection;
    private final Instant startedAt;
    private final Map<String, Long> processed = new ConcurrentHashMap<>();
    private volatile Status status = Status.RUNNING;
    private volatile Phase phase = Phase.BUILDING;
    private volatile String tracker = "starting";
    private volatile String error;
    private volatile Instant finishedAt;

    Replay(UUID replayId, List<String> projections, long targetPosition, long eventsPerProjection, Instant startedAt) {
        this.replayId = replayId;
        this.projections = List.copyOf(projections);
        this.targetPosition = targetPosition;
        this.eventsPerProjection = eventsPerProjection;
        this.startedAt = startedAt;
        projections.forEach(name -> processed.put(name, 0L));
    }

    UUID replayId() {
        return replayId;
    }

    /** The first eight hex digits of the id: names its schema and its processor. */
    String shortId() {
        return replayId.toString().substring(0, 8);
    }

    List<String> projections() {
        return projections;
    }

    long targetPosition() {
        return targetPosition;
    }

    Status status() {
        return status;
    }

    /** How many events each projection has handled again, and where the replay's tracker stands. */
    void progress(long events, String trackerState) {
        projections.forEach(name -> processed.put(name, Math.min(events, eventsPerProjection)));
        tracker = trackerState;
    }

    void switching() {
        phase = Phase.SWITCHING;
    }

    void done(Instant at) {
        projections.forEach(name -> processed.put(name, eventsPerProjection));
        tracker = "caught up";
        finishedAt = at;
        phase = Phase.FINISHED;
        status = Status.DONE;
    }

    void failed(String reason, Instant at) {
        error = reason;
        finishedAt = at;
        phase = Phase.FINISHED;
        status = Status.FAILED;
    }

    ReplayView view() {
        long done = processed.values().stream().mapToLong(Long::longValue).sum();
        List<ReplayView.ProjectionProgress> each = projections.stream()
                .map(name -> new ReplayView.ProjectionProgress(name, processed.get(name), eventsPerProjection, tracker))
                .toList();
        return new ReplayView(replayId, status.name(), phase.name(), done, eventsPerProjection * projections.size(),
                each, targetPosition, startedAt, finishedAt, error);
    }
}
