package org.schoolhub.support.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream read ahead by a thread of its own: the thread pulls the source, prepares each element
 * and hands them over in chunks, at most {@code chunksAhead} chunks ahead of the consumer. Chunks,
 * not single elements, so that the two threads meet once per chunk rather than once per element.
 * The source is opened, read and closed on the reader thread; a failure there (an interrupt
 * included) reaches the consumer at the place in the stream where it happened.
 *
 * <p>Once the source is exhausted the stream has ended, and stays ended: Axon's event store then
 * lets its processor follow the head from its cache, and opens a new stream when it falls behind
 * again (with {@code optimizeEventConsumption}, on by default; off, it would ask the ended stream
 * again and wait). Reading on after the end instead kept the processor on its own stream under
 * load, and the event store's producer, idle meanwhile, then re-read the whole backlog into its
 * cache each time the processor came back: the whole backlog held at once, out of memory with a
 * small heap (docs/performance.md). Closing the returned stream stops the reader.
 *
 * @param <T> the elements
 */
final class ReadAhead<T> extends Spliterators.AbstractSpliterator<T> {

    private static final long POLL_MS = 100;

    private final Supplier<? extends Stream<? extends T>> source;
    private final Consumer<? super T> prepare;
    private final int chunkSize;
    private final BlockingQueue<Chunk<T>> chunks;
    private final Thread reader;
    private volatile boolean closed;

    // the consumer's side, one thread
    private Iterator<T> current = Collections.emptyIterator();
    private boolean ended;
    private Throwable failure;

    private ReadAhead(Supplier<? extends Stream<? extends T>> source, Consumer<? super T> prepare, int chunkSize,
                      int chunksAhead, String threadName) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.source = source;
        this.prepare = prepare;
        this.chunkSize = chunkSize;
        this.chunks = new ArrayBlockingQueue<>(chunksAhead);
        this.reader = new Thread(this::read, threadName);
        // a stream its consumer forgot to close must not keep the JVM from exiting
        this.reader.setDaemon(true);
    }

    /** The elements of {@code source}, each passed to {@code prepare} on the reader thread before the consumer sees it. */
    static <T> Stream<T> of(Supplier<? extends Stream<? extends T>> source, Consumer<? super T> prepare,
                            int chunkSize, int chunksAhead, String threadName) {
        ReadAhead<T> readAhead = new ReadAhead<>(source, prepare, chunkSize, chunksAhead, threadName);
        readAhead.reader.start();
        return StreamSupport.stream(readAhead, false).onClose(readAhead::close);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        while (!current.hasNext()) {
            if (failure != null) {
                Throwable thrown = failure;
                failure = null;
                throw thrown instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("Reading ahead failed", thrown);
            }
            if (ended) {
                return false;
            }
            Chunk<T> chunk = take();
            ended = chunk.last();
            current = chunk.elements().iterator();
            failure = chunk.failure();
        }
        action.accept(current.next());
        return true;
    }

    private Chunk<T> take() {
        try {
            while (true) {
                Chunk<T> chunk = chunks.poll(POLL_MS, TimeUnit.MILLISECONDS);
                if (chunk != null) {
                    return chunk;
                }
                if (!reader.isAlive() && chunks.isEmpty()) {
                    return new Chunk<>(List.of(), true, new IllegalStateException("The read-ahead thread stopped"));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for events read ahead", e);
        }
    }

    private void close() {
        closed = true;
        // makes room for a reader waiting to hand a chunk over, so that it sees the stream closed
        chunks.clear();
    }

    private void read() {
        List<T> chunk = new ArrayList<>(chunkSize);
        try (Stream<? extends T> elements = source.get()) {
            Iterator<? extends T> iterator = elements.iterator();
            while (!closed && iterator.hasNext()) {
                T element = iterator.next();
                prepare.accept(element);
                chunk.add(element);
                if (chunk.size() == chunkSize) {
                    handOver(new Chunk<>(chunk, false, null));
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            handOver(new Chunk<>(chunk, true, null));
        } catch (Throwable failure) {
            // what was read before the failure stays ahead of it, as in the source
            handOver(new Chunk<>(chunk, true, failure));
        }
    }

    /** Waits for room; an interrupt ends the read with a failure, so the consumer never waits for nothing. */
    private void handOver(Chunk<T> chunk) {
        try {
            while (!closed) {
                if (chunks.offer(chunk, POLL_MS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            throw new ReaderInterrupted(e);
        }
    }

    /** Unchecked, to leave {@link #read()} through its failure path; the consumer sees its cause. */
    private static final class ReaderInterrupted extends RuntimeException {
        ReaderInterrupted(InterruptedException cause) {
            super("The read-ahead thread was interrupted", cause);
        }
    }

    private record Chunk<T>(List<T> elements, boolean last, Throwable failure) {
    }
}
