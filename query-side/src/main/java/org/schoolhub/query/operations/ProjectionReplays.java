package org.schoolhub.query.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.SagaConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Rebuilds projections from the event store by token reset (shut down, reset tokens, which runs
 * the projection's reset handler, start again) on a background thread, while the service keeps
 * answering. Projections are discovered from Axon's configuration: every streaming processor
 * that supports a reset, sagas excepted (a replayed saga would send its commands again).
 */
@Component
class ProjectionReplays implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration STALLED = Duration.ofMinutes(10);

    private final EventProcessingConfiguration processing;
    private final RawEventStream events;
    private final Map<UUID, Replay> replays = new ConcurrentHashMap<>();
    private final Map<String, UUID> running = new HashMap<>();
    private final ExecutorService runner = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "projection-replay");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionReplays(EventProcessingConfiguration processing, RawEventStream events) {
        this.processing = processing;
        this.events = events;
    }

    /** The names of every projection that can be replayed, sorted. */
    List<String> projections() {
        Set<String> sagas = processing.sagaConfigurations().stream().map(SagaConfiguration::processingGroup)
                .collect(Collectors.toSet());
        return processing.eventProcessors().values().stream()
                .filter(p -> p instanceof StreamingEventProcessor s && s.supportsReset())
                .map(EventProcessor::getName).filter(name -> !sagas.contains(name)).sorted().toList();
    }

    /** Starts replaying one projection, or {@code all}; refused while any of them is replaying. */
    Replay start(String projection) {
        List<String> known = projections();
        List<String> names = "all".equals(projection) ? known : List.of(projection);
        if (!known.containsAll(names)) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "projection",
                    "unknown projection; known: all, " + String.join(", ", known));
        }
        long head = events.head();
        Replay replay = new Replay(UUID.randomUUID(), names, head, events.countUpTo(head), Instant.now());
        synchronized (running) {
            for (String name : names) {
                if (running.containsKey(name)) {
                    throw new RejectedException(ErrorCode.REPLAY_IN_PROGRESS, name, running.get(name));
                }
            }
            names.forEach(name -> running.put(name, replay.replayId()));
        }
        replays.put(replay.replayId(), replay);
        runner.execute(() -> run(replay));
        return replay;
    }

    Optional<Replay> find(UUID replayId) {
        return Optional.ofNullable(replays.get(replayId));
    }

    private void run(Replay replay) {
        List<StreamingEventProcessor> processors = replay.projections().stream()
                .map(name -> processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow()).toList();
        log.info("Replay {} of {} up to position {} started", replay.replayId(), replay.projections(),
                replay.targetPosition());
        try {
            processors.forEach(EventProcessor::shutDown);
            processors.forEach(StreamingEventProcessor::resetTokens);
            processors.forEach(EventProcessor::start);
            follow(replay, processors);
            replay.done(Instant.now());
            log.info("Replay {} done", replay.replayId());
        } catch (RuntimeException e) {
            log.error("Replay {} failed", replay.replayId(), e);
            replay.failed(e.toString(), Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            replay.failed("interrupted", Instant.now());
        } finally {
            processors.stream().filter(p -> !p.isRunning()).forEach(EventProcessor::start);
            synchronized (running) {
                replay.projections().forEach(running::remove);
            }
        }
    }

    /** Waits until every processor has caught up with the target position, updating progress. */
    private void follow(Replay replay, List<StreamingEventProcessor> processors) throws InterruptedException {
        long lastProcessed = -1;
        Instant lastMove = Instant.now();
        while (true) {
            boolean allDone = true;
            for (StreamingEventProcessor processor : processors) {
                Collection<EventTrackerStatus> statuses = processor.processingStatus().values();
                Optional<EventTrackerStatus> failed = statuses.stream().filter(EventTrackerStatus::isErrorState).findFirst();
                if (failed.isPresent()) {
                    throw new IllegalStateException(processor.getName() + ": " + failed.get().getError());
                }
                long position = statuses.stream().mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0);
                boolean replaying = statuses.stream().anyMatch(EventTrackerStatus::isReplaying);
                replay.progress(processor.getName(), events.countUpTo(Math.min(position, replay.targetPosition())),
                        statuses.isEmpty() ? "starting" : (replaying ? "replaying" : "tracking") + " at " + position);
                // Axon leaves replay mode only at the first event after the reset position, which may
                // never come on a quiet system: having handled everything up to the target is enough.
                allDone &= !statuses.isEmpty() && position >= replay.targetPosition();
            }
            if (allDone) {
                return;
            }
            if (replay.processed() != lastProcessed) {
                lastProcessed = replay.processed();
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
