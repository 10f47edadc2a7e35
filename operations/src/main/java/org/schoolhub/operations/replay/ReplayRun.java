package org.schoolhub.operations.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.schoolhub.support.projection.ProjectionProcessorConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One replay, start to end. The projections to rebuild run again from the first event in a
 * processor of their own, into fresh tables in a schema of their own, while the live processor
 * and tables go on as before. When the fresh tables are near the head, the live processor stops
 * at a position {@code L}; once the replay's processor has handled every event up to {@code L},
 * it stops too, and one transaction puts the fresh tables in the live ones' place. The live
 * processor then goes on from {@code L}: events the replay handled beyond {@code L} are handled
 * again, which every projection tolerates. Readers see the old tables until that commit and the
 * new ones after it; a replay that fails drops its schema and changes nothing they see.
 */
final class ReplayRun {

    private static final Logger log = LoggerFactory.getLogger(ReplayRun.class);
    private static final Duration POLL = Duration.ofMillis(100);
    /** Counting the events handled so far reads the event table: once a second is enough. */
    private static final Duration COUNT_EVERY = Duration.ofSeconds(1);
    private static final Duration STALLED = Duration.ofMinutes(10);
    private static final Duration FAILING = Duration.ofSeconds(30);

    private final Replay replay;
    private final List<Object> handlers;
    private final List<String> tables;
    private final boolean everything;
    private final ReplaySteps steps;
    private final String schema;
    private final String processorName;

    ReplayRun(Replay replay, List<Object> handlers, List<String> tables, boolean everything, ReplaySteps steps) {
        this.replay = replay;
        this.handlers = handlers;
        this.tables = tables;
        this.everything = everything;
        this.steps = steps;
        this.schema = ReplaySteps.SCHEMA_PREFIX + replay.shortId();
        this.processorName = ReplaySteps.PROCESSOR_PREFIX + replay.shortId();
    }

    void run() {
        log.info("Replay {} of {} into schema {} started", replay.replayId(), replay.projections(), schema);
        StreamingEventProcessor live = steps.liveProcessor();
        TrackingEventProcessor fresh = null;
        try {
            steps.prepare(schema, processorName, tables);
            fresh = steps.processor(processorName, handlers, schema);
            build(fresh, live);
            steps.switchOver(schema, processorName, tables, stoppedAt(fresh, live), everything);
            replay.done(Instant.now());
            log.info("Replay {} done: its tables replaced the live ones", replay.replayId());
        } catch (RuntimeException e) {
            log.error("Replay {} failed; the live tables are as they were", replay.replayId(), e);
            replay.failed(e.getMessage() == null ? e.toString() : e.getMessage(), Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            replay.failed("interrupted", Instant.now());
        } finally {
            if (fresh != null && fresh.isRunning()) {
                fresh.shutDown();
            }
            if (replay.status() != Replay.Status.DONE) {
                steps.discard(schema, processorName);
            }
            if (!live.isRunning()) {
                live.start();
            }
        }
    }

    /** Fills the fresh tables up to where the live processor is. */
    private void build(TrackingEventProcessor fresh, StreamingEventProcessor live) throws InterruptedException {
        fresh.start();
        follow(fresh, () -> closeTo(fresh, live));
    }

    /** Stops the live processor, lets the replay's catch up with it and stop: where they stopped. */
    private ReplaySteps.LiveTokens stoppedAt(TrackingEventProcessor fresh, StreamingEventProcessor live)
            throws InterruptedException {
        replay.switching();
        live.shutDown();
        ReplaySteps.LiveTokens stoppedAt = steps.liveTokens();
        follow(fresh, () -> covers(fresh, stoppedAt));
        fresh.shutDown();
        return stoppedAt;
    }

    /** Near enough to stop the live processor for the last stretch: within one batch of it. */
    private static boolean closeTo(StreamingEventProcessor fresh, StreamingEventProcessor live) {
        long behind = position(live) - position(fresh);
        return !fresh.processingStatus().isEmpty() && behind <= ProjectionProcessorConfig.BATCH_SIZE;
    }

    /** Whether the replay's processor has handled every event the live processor had when it stopped. */
    private static boolean covers(StreamingEventProcessor fresh, ReplaySteps.LiveTokens stoppedAt) {
        return fresh.processingStatus().values().stream().map(EventTrackerStatus::getTrackingToken)
                .anyMatch(token -> token != null && stoppedAt.coveredBy(token));
    }

    /** Waits until {@code done} holds, reporting progress, failing when the processor stalls or keeps failing. */
    private void follow(StreamingEventProcessor fresh, java.util.function.BooleanSupplier done)
            throws InterruptedException {
        long lastPosition = -1;
        Instant lastMove = Instant.now();
        Instant lastCount = Instant.EPOCH;
        Instant failingSince = null;
        while (!done.getAsBoolean()) {
            Optional<EventTrackerStatus> failed = fresh.processingStatus().values().stream()
                    .filter(EventTrackerStatus::isErrorState).findFirst();
            if (failed.isPresent()) {
                failingSince = failingSince == null ? Instant.now() : failingSince;
                if (Duration.between(failingSince, Instant.now()).compareTo(FAILING) > 0) {
                    throw new IllegalStateException("the replay's processor keeps failing: " + failed.get().getError());
                }
            } else {
                failingSince = null;
            }
            long position = position(fresh);
            if (Duration.between(lastCount, Instant.now()).compareTo(COUNT_EVERY) >= 0) {
                lastCount = Instant.now();
                replay.progress(steps.eventsUpTo(Math.min(position, replay.targetPosition())),
                        fresh.processingStatus().isEmpty() ? "starting" : "at " + position);
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

    private static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0);
    }
}
