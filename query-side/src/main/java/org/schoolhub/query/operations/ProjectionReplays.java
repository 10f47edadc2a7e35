package org.schoolhub.query.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.schoolhub.query.support.Projection;
import org.schoolhub.query.support.ReplayScope;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds projections from the event store by token reset (shut down, reset tokens, which runs
 * the projections' reset handlers, start again) on a background thread, while the service keeps
 * answering. All projections share one processor ({@link Projection#PROCESSOR}); the reset
 * carries a {@link ReplayScope} naming the projections to rebuild, and the others sit the replay
 * out. One replay at a time, since they would reset the same processor.
 */
@Component
class ProjectionReplays implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);
    private static final Duration POLL = Duration.ofMillis(100);
    /** Counting the events handled so far reads the event table: once a second is enough. */
    private static final Duration COUNT_EVERY = Duration.ofSeconds(1);
    private static final Duration STALLED = Duration.ofMinutes(10);

    private final EventProcessingConfiguration processing;
    private final RawEventStream events;
    private final List<String> projections;
    private final Map<UUID, Replay> replays = new ConcurrentHashMap<>();
    private final AtomicReference<UUID> running = new AtomicReference<>();
    private final ExecutorService runner = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "projection-replay");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionReplays(EventProcessingConfiguration processing, RawEventStream events, ListableBeanFactory beans) {
        this.processing = processing;
        this.events = events;
        this.projections = Arrays.stream(beans.getBeanNamesForAnnotation(Projection.class))
                .map(name -> beans.findAnnotationOnBean(name, Projection.class).value()).sorted().toList();
    }

    /** The names of every projection that can be replayed, sorted. */
    List<String> projections() {
        return projections;
    }

    /** Starts replaying one projection, or {@code all}; refused while another replay runs. */
    Replay start(String projection) {
        List<String> names = "all".equals(projection) ? projections : List.of(projection);
        if (!projections.containsAll(names)) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "projection",
                    "unknown projection; known: all, " + String.join(", ", projections));
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
        runner.execute(() -> run(replay));
        return replay;
    }

    Optional<Replay> find(UUID replayId) {
        return Optional.ofNullable(replays.get(replayId));
    }

    private void run(Replay replay) {
        StreamingEventProcessor processor =
                processing.eventProcessor(Projection.PROCESSOR, StreamingEventProcessor.class).orElseThrow();
        log.info("Replay {} of {} up to position {} started", replay.replayId(), replay.projections(),
                replay.targetPosition());
        try {
            processor.shutDown();
            processor.resetTokens(new ReplayScope(replay.projections()));
            processor.start();
            follow(replay, processor);
            replay.done(Instant.now());
            log.info("Replay {} done", replay.replayId());
        } catch (RuntimeException e) {
            log.error("Replay {} failed", replay.replayId(), e);
            replay.failed(e.toString(), Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            replay.failed("interrupted", Instant.now());
        } finally {
            if (!processor.isRunning()) {
                processor.start();
            }
            running.set(null);
        }
    }

    /** Waits until the processor has caught up with the target position, updating progress. */
    private void follow(Replay replay, StreamingEventProcessor processor) throws InterruptedException {
        long lastPosition = -1;
        Instant lastMove = Instant.now();
        Instant lastCount = Instant.EPOCH;
        while (true) {
            Collection<EventTrackerStatus> statuses = processor.processingStatus().values();
            Optional<EventTrackerStatus> failed = statuses.stream().filter(EventTrackerStatus::isErrorState).findFirst();
            if (failed.isPresent()) {
                throw new IllegalStateException(processor.getName() + ": " + failed.get().getError());
            }
            long position = statuses.stream().mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0);
            boolean replaying = statuses.stream().anyMatch(EventTrackerStatus::isReplaying);
            // Axon leaves replay mode only at the first event after the reset position, which may
            // never come on a quiet system: having handled everything up to the target is enough.
            boolean caughtUp = !statuses.isEmpty() && position >= replay.targetPosition();
            if (caughtUp) {
                return;
            }
            if (Duration.between(lastCount, Instant.now()).compareTo(COUNT_EVERY) >= 0) {
                lastCount = Instant.now();
                long handled = events.countUpTo(Math.min(position, replay.targetPosition()));
                String tracker = statuses.isEmpty() ? "starting" : (replaying ? "replaying" : "tracking") + " at " + position;
                replay.projections().forEach(name -> replay.progress(name, handled, tracker));
            }
            if (position != lastPosition) {
                lastPosition = position;
                lastMove = Instant.now();
            } else if (Duration.between(lastMove, Instant.now()).compareTo(STALLED) > 0) {
                throw new IllegalStateException("no progress for " + STALLED.toMinutes() + " minutes");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
