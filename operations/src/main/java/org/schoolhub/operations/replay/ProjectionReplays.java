package org.schoolhub.operations.replay;

import org.schoolhub.operations.events.RawEventStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.schoolhub.support.projection.Projection;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds projections from the event store into fresh tables while the live ones keep answering
 * (see {@link ReplayRun}), on a background thread, one replay at a time per node.
 */
@Component
class ProjectionReplays implements DisposableBean {

    private final ReplaySteps steps;
    private final RawEventStream events;
    private final ListableBeanFactory beans;
    private final Map<String, Projected> projections;
    private final Map<UUID, Replay> replays = new ConcurrentHashMap<>();
    private final AtomicReference<UUID> running = new AtomicReference<>();
    private final ExecutorService runner = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "projection-replay");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionReplays(ReplaySteps steps, RawEventStream events, ListableBeanFactory beans) {
        this.steps = steps;
        this.events = events;
        this.beans = beans;
        this.projections = new TreeMap<>();
        for (String bean : beans.getBeanNamesForAnnotation(Projection.class)) {
            Projection projection = beans.findAnnotationOnBean(bean, Projection.class);
            projections.put(projection.value(), new Projected(bean, List.of(projection.tables())));
        }
    }

    /** The names of every projection that can be replayed, sorted. */
    List<String> projections() {
        return List.copyOf(projections.keySet());
    }

    /** A replay cut off by a restart left its fresh tables behind: they are of no use, drop them. */
    @EventListener(ApplicationReadyEvent.class)
    void dropLeftovers() {
        steps.dropLeftovers();
    }

    /** Starts replaying one projection, or {@code all}; refused while another replay runs. */
    Replay start(String projection) {
        List<String> names = "all".equals(projection) ? projections() : List.of(projection);
        if (!projections.keySet().containsAll(names)) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "projection",
                    "unknown projection; known: all, " + String.join(", ", projections.keySet()));
        }
        long head = events.head();
        Replay replay = new Replay(UUID.randomUUID(), names, head, events.countUpTo(head), Instant.now());
        if (!running.compareAndSet(null, replay.replayId())) {
            UUID other = running.get();
            String what = Optional.ofNullable(other).map(replays::get).map(r -> String.join(", ", r.projections()))
                    .orElse("projections");
            throw new RejectedException(ErrorCode.REPLAY_IN_PROGRESS, what, other);
        }
        replays.put(replay.replayId(), replay);
        List<Object> handlers = names.stream().map(name -> beans.getBean(projections.get(name).bean())).toList();
        List<String> tables = names.stream().flatMap(name -> projections.get(name).tables().stream()).toList();
        boolean everything = names.size() == projections.size();
        runner.execute(() -> {
            try {
                new ReplayRun(replay, handlers, tables, everything, steps).run();
            } finally {
                running.set(null);
            }
        });
        return replay;
    }

    Optional<Replay> find(UUID replayId) {
        return Optional.ofNullable(replays.get(replayId));
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }

    private record Projected(String bean, List<String> tables) {
    }
}
