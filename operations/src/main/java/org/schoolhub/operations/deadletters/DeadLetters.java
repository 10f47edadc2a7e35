package org.schoolhub.operations.deadletters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The projections' dead letters, for operators: the events a projection could not handle, parked
 * with the later events of their aggregate (a sequence), which the processor went on without.
 * Retrying a sequence handles its letters again, oldest first, and removes those that pass;
 * evicting one gives it up for good (the read models then lack what it would have written).
 */
@Component
public class DeadLetters {

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final JdbcTemplate jdbc;

    DeadLetters(ObjectProvider<EventProcessingConfiguration> processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** How many letters wait, over every sequence; read straight from the table for metrics and health. */
    public long count() {
        Long count = jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group = ?",
                Long.class, Projection.PROCESSOR);
        return count == null ? 0 : count;
    }

    /** Every sequence with its letters, oldest first. */
    List<DeadLetterView.Sequence> list() {
        List<DeadLetterView.Sequence> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue().deadLetters()) {
            List<DeadLetterView> letters = new ArrayList<>();
            String sequenceId = null;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                DeadLetterView view = view(letter);
                sequenceId = view.sequence();
                letters.add(view);
            }
            if (sequenceId != null) {
                sequences.add(new DeadLetterView.Sequence(sequenceId, letters));
            }
        }
        return sequences;
    }

    /** Handles the letters of one sequence again; the answer says which are left. */
    DeadLetterView.Retried retry(String sequence) {
        requireSequence(sequence);
        boolean passed = processor().process(letter -> sequence.equals(sequenceOf(letter)));
        List<DeadLetterView> left = lettersOf(sequence);
        return new DeadLetterView.Retried(sequence, passed && left.isEmpty(), left);
    }

    /** Handles every sequence again, one after the other; a sequence that fails again stays. */
    DeadLetterView.RetriedAll retryAll() {
        int cleared = 0;
        List<DeadLetterView.Sequence> sequences = list();
        for (DeadLetterView.Sequence sequence : sequences) {
            if (retry(sequence.sequence()).cleared()) {
                cleared++;
            }
        }
        return new DeadLetterView.RetriedAll(sequences.size(), cleared, count());
    }

    /** Gives up one letter for good, or every letter of a sequence. */
    DeadLetterView.Evicted evict(String sequence, Optional<String> letterId) {
        requireSequence(sequence);
        int evicted = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : queue().deadLetterSequence(sequence)) {
            if (letterId.isEmpty() || letterId.get().equals(idOf(letter))) {
                queue().evict(letter);
                evicted++;
            }
        }
        if (evicted == 0) {
            throw new RejectedException(ErrorCode.NOT_FOUND);
        }
        return new DeadLetterView.Evicted(sequence, evicted, lettersOf(sequence));
    }

    private void requireSequence(String sequence) {
        if (!queue().contains(sequence)) {
            throw new RejectedException(ErrorCode.NOT_FOUND);
        }
    }

    private List<DeadLetterView> lettersOf(String sequence) {
        List<DeadLetterView> letters = new ArrayList<>();
        queue().deadLetterSequence(sequence).forEach(letter -> letters.add(view(letter)));
        return letters;
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long aggregateSequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        Long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        return new DeadLetterView(idOf(letter), sequenceOf(letter), event.getIdentifier(),
                event.getPayloadType().getSimpleName(), aggregateId, aggregateSequence, position,
                event.getTimestamp(), letter.enqueuedAt(), letter.lastTouched(),
                letter.cause().map(c -> c.type()).orElse(null), letter.cause().map(c -> c.message()).orElse(null));
    }

    private static String idOf(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbcLetter ? jdbcLetter.getIdentifier() : null;
    }

    private static String sequenceOf(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbcLetter ? jdbcLetter.getSequenceIdentifier() : null;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue() {
        return processing.getObject().deadLetterQueue(Projection.PROCESSOR)
                .orElseThrow(() -> new RejectedException(ErrorCode.NOT_FOUND));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor() {
        return processing.getObject().sequencedDeadLetterProcessor(Projection.PROCESSOR)
                .orElseThrow(() -> new RejectedException(ErrorCode.NOT_FOUND));
    }

    /** When the newest letter was parked; none when the queue is empty. */
    public Optional<Instant> newest() {
        return Optional.ofNullable(jdbc.queryForObject(
                "select max(enqueued_at) from dead_letter_entry where processing_group = ?", String.class,
                Projection.PROCESSOR)).map(Instant::parse);
    }
}
