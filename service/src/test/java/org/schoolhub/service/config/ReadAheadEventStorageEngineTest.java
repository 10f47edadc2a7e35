package org.schoolhub.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Read ahead, the event store gives the events, tokens and payloads that Axon's engine gives, and ends where it ends. */
class ReadAheadEventStorageEngineTest extends ApiTest {

    @Autowired
    EventStorageEngine jdbcEngine;

    @Test
    void a_catch_up_read_ahead_gives_what_the_engine_gives() {
        enrol("Read ahead one");
        enrol("Read ahead two");
        ReadAheadEventStorageEngine readAhead = new ReadAheadEventStorageEngine(jdbcEngine);

        try (Stream<? extends TrackedEventMessage<?>> direct = jdbcEngine.readEvents(null, false);
             Stream<? extends TrackedEventMessage<?>> ahead = readAhead.readEvents(null, false)) {
            List<String> expected = direct.map(ReadAheadEventStorageEngineTest::describe).toList();
            Iterator<? extends TrackedEventMessage<?>> iterator = ahead.iterator();
            List<String> seen = new ArrayList<>();
            while (iterator.hasNext()) {
                seen.add(describe(iterator.next()));
            }
            assertThat(seen).isEqualTo(expected).hasSizeGreaterThan(4);

            assertThat(iterator.hasNext()).as("ended with the source").isFalse();
        }
    }

    private static String describe(TrackedEventMessage<?> event) {
        return event.getIdentifier() + " " + event.trackingToken() + " " + event.getPayload();
    }
}
