package org.schoolhub.query.operations;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One replay: which projections, up to which position (the head when it started), and how far
 * each has come. Written by the replay's own thread, read by the API.
 */
final class Replay {

    enum Status { RUNNING, DONE, FAILED }

    private final UUID replayId;
    private final List<String> projections;
    private final long targetPosition;
    private final long eventsPerProjection;
    private final Instant startedAt;
    private final Map<String, Long> processed = new ConcurrentHashMap<>();
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private volatile Status status = Status.RUNNING;
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

    List<String> projections() {
        return projections;
    }

    long targetPosition() {
        return targetPosition;
    }

    Status status() {
        return status;
    }

    /** How many events a projection has handled again, and where its tracker stands (for the operator). */
    void progress(String projection, long events, String state) {
        processed.put(projection, Math.min(events, eventsPerProjection));
        states.put(projection, state);
    }

    void done(Instant at) {
        projections.forEach(name -> {
            processed.put(name, eventsPerProjection);
            states.put(name, "caught up");
        });
        finishedAt = at;
        status = Status.DONE;
    }

    void failed(String reason, Instant at) {
        error = reason;
        finishedAt = at;
        status = Status.FAILED;
    }

    long processed() {
        return processed.values().stream().mapToLong(Long::longValue).sum();
    }

    long total() {
        return eventsPerProjection * projections.size();
    }

    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("replayId", replayId);
        view.put("status", status.name());
        view.put("processed", processed());
        view.put("total", total());
        view.put("projections", projections.stream().map(name -> Map.of("projection", name,
                "processed", processed.get(name), "total", eventsPerProjection,
                "tracker", states.getOrDefault(name, "starting"))).toList());
        view.put("targetPosition", targetPosition);
        view.put("startedAt", startedAt);
        view.put("finishedAt", finishedAt);
        view.put("error", error);
        return view;
    }
}
