package org.schoolhub.support.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The read-ahead that feeds the projections' catch-up streams keeps the source's order, end and failures. */
class ReadAheadTest {

    @Test
    void delivers_every_element_in_order_across_chunks_prepared_on_the_reader_thread() {
        Set<String> preparingThreads = ConcurrentHashMap.newKeySet();
        try (Stream<Integer> stream = ReadAhead.of(() -> IntStream.range(0, 1_003).boxed(),
                element -> preparingThreads.add(Thread.currentThread().getName()), 10, 2, "reader")) {
            assertThat(stream.toList()).containsExactlyElementsOf(IntStream.range(0, 1_003).boxed().toList());
        }
        assertThat(preparingThreads).containsExactly("reader");
    }

    @Test
    void an_empty_source_is_an_empty_stream() {
        try (Stream<Integer> stream = ReadAhead.of(Stream::<Integer>empty, element -> { }, 10, 2, "reader")) {
            assertThat(stream.iterator().hasNext()).isFalse();
        }
    }

    @Test
    void once_ended_it_stays_ended_for_the_event_store_to_follow_the_head() {
        List<Integer> source = new CopyOnWriteArrayList<>(List.of(0, 1, 2));
        try (Stream<Integer> stream = ReadAhead.of(source::stream, element -> { }, 2, 2, "reader")) {
            Iterator<Integer> iterator = stream.iterator();
            List<Integer> seen = new ArrayList<>();
            iterator.forEachRemaining(seen::add);
            source.addAll(List.of(3, 4));

            assertThat(seen).containsExactly(0, 1, 2);
            assertThat(iterator.hasNext()).isFalse();
        }
    }

    @Test
    void a_failure_reaches_the_consumer_after_what_was_read_before_it() {
        Iterator<Integer> failing = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (next == 25) {
                    throw new IllegalStateException("database gone");
                }
                return next++;
            }
        };
        List<Integer> seen = new ArrayList<>();
        try (Stream<Integer> stream = ReadAhead.of(() -> Stream.generate(failing::next), element -> { }, 10, 2,
                "reader")) {
            Iterator<Integer> iterator = stream.iterator();
            assertThatThrownBy(() -> iterator.forEachRemaining(seen::add)).hasMessage("database gone");
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 25).boxed().toList());
    }

    @Test
    void an_interrupted_reader_ends_the_stream_with_a_failure_not_a_wait() throws InterruptedException {
        CountDownLatch reading = new CountDownLatch(1);
        Thread[] readerThread = new Thread[1];
        try (Stream<Integer> stream = ReadAhead.of(() -> Stream.iterate(0, i -> i + 1).peek(i -> {
            readerThread[0] = Thread.currentThread();
            reading.countDown();
        }), element -> { }, 10, 1, "reader")) {
            assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
            readerThread[0].interrupt();

            Iterator<Integer> iterator = stream.iterator();
            assertThatThrownBy(() -> iterator.forEachRemaining(i -> { }))
                    .hasMessageContaining("interrupted");
        }
    }

    @Test
    void closing_the_stream_stops_the_reader_and_closes_the_source() throws InterruptedException {
        CountDownLatch sourceClosed = new CountDownLatch(1);
        Stream<Integer> endless = Stream.iterate(0, i -> i + 1).onClose(sourceClosed::countDown);
        Stream<Integer> stream = ReadAhead.of(() -> endless, element -> { }, 10, 2, "reader");
        assertThat(stream.iterator().next()).isZero();

        stream.close();

        assertThat(sourceClosed.await(5, TimeUnit.SECONDS)).as("source closed by the reader").isTrue();
    }
}
