package org.schoolhub.support.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The event store's engine, with a processor's catch-up stream read ahead on a thread of its own.
 * A tracking processor otherwise fetches, upcasts, deserialises and handles every event on its one
 * thread, and waits for PostgreSQL twice per batch: for the rows it reads, then for the rows it
 * writes. Here the reader thread fetches the next events and deserialises their payload, metadata
 * and timestamp while the processor handles and writes the previous ones: a replay's two halves
 * overlap on two cores. Order, tokens, failures and the end are those of the source stream (once
 * ended it stays ended: see {@link ReadAhead}). Up to {@code CHUNKS_AHEAD} chunks of
 * {@code CHUNK_SIZE} events wait in memory.
 *
 * <p>Only streams that do not block are read ahead: the processors' private catch-up streams. The
 * stream that follows the head (the event store's own producer thread) stays as it is.
 */
public final class ReadAheadEventStorageEngine implements EventStorageEngine {

    static final int CHUNK_SIZE = 250;
    static final int CHUNKS_AHEAD = 16;

    private final EventStorageEngine delegate;

    public ReadAheadEventStorageEngine(EventStorageEngine delegate) {
        this.delegate = delegate;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        if (mayBlock) {
            return delegate.readEvents(trackingToken, true);
        }
        return ReadAhead.<TrackedEventMessage<?>>of(() -> delegate.readEvents(trackingToken, false),
                ReadAheadEventStorageEngine::deserialise, CHUNK_SIZE, CHUNKS_AHEAD, "event-read-ahead");
    }

    /**
     * Payload, metadata and timestamp are deserialised lazily and keep what they deserialised. A
     * payload that fails here fails again where the processor reads it, under its error handling.
     */
    private static void deserialise(TrackedEventMessage<?> event) {
        try {
            event.getTimestamp();
            event.getMetaData();
            event.getPayload();
        } catch (RuntimeException deferred) {
            // left for the processor's thread to meet again
        }
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        delegate.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
