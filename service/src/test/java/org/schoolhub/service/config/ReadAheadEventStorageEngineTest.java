package org.schoolhub.service.config;

import org.schoolhub.support.store.ReadAheadEventStorageEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Read ahead, the event store gives the events, tokens and payloads that Axon's engine gives, and ends where it ends. */
class ReadAheadEventStorageEngineTest extends ApiTest {

    @Autowired
    EventStorageEngine jdbcEngine;
    @Autowired
    TransactionManager axonTransactions;

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

    /**
     * A processor reads ahead while its thread holds its batch's transaction: the reader thread
     * works on a connection of its own, never on that one. Sharing it would show here as the
     * reader seeing the event that this thread's transaction wrote and did not commit.
     */
    @Test
    void the_reader_thread_never_reads_through_the_callers_transaction() {
        enrol("Read ahead three");
        ReadAheadEventStorageEngine readAhead = new ReadAheadEventStorageEngine(jdbcEngine);
        String uncommitted = UUID.randomUUID().toString();
        Transaction transaction = axonTransactions.startTransaction();
        try {
            jdbcEngine.appendEvents(new GenericDomainEventMessage<>("ReadAheadProbe", UUID.randomUUID().toString(), 0,
                    "not committed", MetaData.emptyInstance(), uncommitted, Instant.now()));
            try (Stream<? extends TrackedEventMessage<?>> direct = jdbcEngine.readEvents(null, false)) {
                assertThat(direct.map(EventMessage::getIdentifier)).as("this thread sees its own write").contains(uncommitted);
            }
            try (Stream<? extends TrackedEventMessage<?>> ahead = readAhead.readEvents(null, false)) {
                assertThat(ahead.map(EventMessage::getIdentifier).toList()).as("the reader thread does not")
                        .hasSizeGreaterThan(2).doesNotContain(uncommitted);
            }
        } finally {
            transaction.rollback();
        }
    }

    private static String describe(TrackedEventMessage<?> event) {
        return event.getIdentifier() + " " + event.trackingToken() + " " + event.getPayload();
    }
}
