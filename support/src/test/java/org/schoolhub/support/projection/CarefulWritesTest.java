package org.schoolhub.support.projection;

import org.schoolhub.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A batch whose writes PostgreSQL refuses at commit is tried again carefully: each write at once,
 * in a savepoint, so the one faulty write fails its event alone and the others commit; then the
 * processor goes back to batched writes. Other processors are not affected.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CarefulWritesTest {

    private final TestDatabase database = new TestDatabase();
    private final ProjectionBatches batches = new ProjectionBatches(database);
    private final BatchedWrites writes = batches.writes();

    @AfterAll
    void dropSchema() {
        database.close();
    }

    @Test
    void after_a_refused_batch_the_next_attempt_isolates_the_faulty_write_then_batching_resumes() {
        String processor = "careful-" + UUID.randomUUID();
        UUID good = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        Runnable handleTheBatch = () -> {
            writes.add(ProjectionBatches.UPSERT, batches.row(good, 5, 1));
            writes.add(ProjectionBatches.UPSERT, batches.refusedRow(bad));
        };

        assertThatThrownBy(() -> batches.batch(processor, handleTheBatch))
                .as("batched, the batch fails as a whole at commit").isInstanceOf(DataIntegrityViolationException.class);
        assertThat(batches.balance(good)).isNull();

        batches.batch(processor, () -> {
            writes.add(ProjectionBatches.UPSERT, batches.row(good, 5, 1));
            assertThat(batches.balance(good)).as("written at once").isEqualTo(5);
            assertThatThrownBy(() -> writes.add(ProjectionBatches.UPSERT, batches.refusedRow(bad)))
                    .as("the faulty write fails in its own handler").isInstanceOf(DataIntegrityViolationException.class);
            writes.add(ProjectionBatches.UPSERT, batches.row(later, 3, 1));
        });
        assertThat(batches.balance(good)).isEqualTo(5);
        assertThat(batches.balance(later)).as("the transaction went on after the savepoint").isEqualTo(3);
        assertThat(batches.balance(bad)).isNull();

        UUID batchedAgain = UUID.randomUUID();
        batches.batch(processor, () -> {
            writes.add(ProjectionBatches.UPSERT, batches.row(batchedAgain, 1, 1));
            assertThat(batches.balance(batchedAgain)).as("held for the commit again").isNull();
        });
        assertThat(batches.balance(batchedAgain)).isEqualTo(1);
    }

    @Test
    void only_the_processor_whose_batch_was_refused_writes_carefully() {
        String refused = "refused-" + UUID.randomUUID();
        assertThatThrownBy(() -> batches.batch(refused,
                () -> writes.add(ProjectionBatches.UPSERT, batches.refusedRow(UUID.randomUUID()))))
                .isInstanceOf(DataIntegrityViolationException.class);

        UUID family = UUID.randomUUID();
        batches.batch("other-" + UUID.randomUUID(), () -> {
            writes.add(ProjectionBatches.UPSERT, batches.row(family, 1, 1));
            assertThat(batches.balance(family)).as("still batched").isNull();
        });
    }

    @Test
    void a_database_out_of_reach_is_no_reason_to_write_carefully() {
        String processor = "unreachable-" + UUID.randomUUID();
        UnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(asEventMessage("batch"));
        try {
            new ProcessorTag(processor).handle(batch, () -> null);

            batches.careful.batchRefused(batch, new DataAccessResourceFailureException("connection refused"));
            assertThat(batches.careful.isCareful(batch)).as("transient: retry the batch as it was").isFalse();

            batches.careful.batchRefused(batch, new DataIntegrityViolationException("null value in column"));
            assertThat(batches.careful.isCareful(batch)).as("the batch itself is at fault").isTrue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            batch.rollback();
        }
    }
}
