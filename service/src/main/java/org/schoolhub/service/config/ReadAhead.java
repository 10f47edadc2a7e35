package org.schoolhub.service.config;

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
 * The source is opened, read and closed on the reader thread; a failure there reaches the consumer
 * at the place in the stream where it happened. Closing the returned stream stops the reader.
 */
final class ReadAhead<T> extends Spliterators.AbstractSpliterator<T> {

    private static final long HANDOVER_POLL_MS = 100;

    private final Supplier<? extends Stream<? extends T>> source;
    private final Consumer<? super T> prepare;
    private final int chunkSize;
    private final BlockingQueue<Chunk<T>> chunks;
    private volatile boolean closed;
    private Iterator<T> current = Collections.emptyIterator();
    private boolean ended;
    // thrown once the elements read before it have been consumed
    private Throwable failure;

    private ReadAhead(Supplier<? extends Stream<? extends T>> source, Consumer<? super T> prepare,
                      int chunkSize, int chunksAhead) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.source = source;
        this.prepare = prepare;
        this.chunkSize = chunkSize;
        this.chunks = new ArrayBlockingQueue<>(chunksAhead);
    }

    /**
     * The elements of {@code source}, each passed to {@code prepare} on the reader thread before
     * the consumer sees it.
     */
    static <T> Stream<T> of(Supplier<? extends Stream<? extends T>> source, Consumer<? super T> prepare,
                            int chunkSize, int chunksAhead, String threadName) {
        ReadAhead<T> readAhead = new ReadAhead<>(source, prepare, chunkSize, chunksAhead);
        Thread reader = new Thread(readAhead::read, threadName);
        // a stream its consumer forgot to close must not keep the JVM from exiting
        reader.setDaemon(true);
        reader.start();
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
            return chunks.take();
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

    private void handOver(Chunk<T> chunk) {
        try {
            while (!closed) {
                if (chunks.offer(chunk, HANDOVER_POLL_MS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Chunk<T>(List<T> elements, boolean last, Throwable failure) {
    }
}
