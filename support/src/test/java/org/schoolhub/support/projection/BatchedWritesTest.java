package org.schoolhub.support.projection;

import org.schoolhub.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;

import java.util.UUID;

import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A projection's writes against PostgreSQL: held until the batch commits, then sent in event
 * order; folded or sent once where asked; an event handled twice changes nothing; a retried dead
 * letter's writes pass or fail with it alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchedWritesTest {

    private final TestDatabase database = new TestDatabase();
    private final ProjectionBatches batches = new ProjectionBatches(database);
    private final BatchedWrites writes = batches.writes();

    @AfterAll
    void dropSchema() {
        database.close();
    }

    @Test
    void outside_a_unit_of_work_a_write_runs_at_once() {
        UUID family = UUID.randomUUID();

        writes.add(ProjectionBatches.UPSERT, batches.row(family, 5, 1));

        assertThat(batches.balance(family)).isEqualTo(5);
    }

    @Test
    void in_a_batch_writes_wait_for_its_commit_and_are_then_sent_in_event_order() {
        UUID family = UUID.randomUUID();

        batches.batch("live", () -> {
            writes.add(ProjectionBatches.UPSERT, batches.row(family, 5, 1));
            writes.add("update sel_account set balance = balance * 10 where family_id = ?", family);
            writes.add(ProjectionBatches.UPSERT, batches.row(family, 7, 2));
            writes.add("update sel_account set balance = balance + 1 where family_id = ?", family);
            assertThat(batches.balance(family)).as("nothing sent before the commit").isNull();
        });

        assertThat(batches.balance(family)).as("((5 * 10) then 7) + 1").isEqualTo(8);
    }

    @Test
    void upserts_of_one_row_in_one_batch_do_not_meet_twice_in_one_statement() {
        UUID family = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        batches.batch("live", () -> {
            writes.add(ProjectionBatches.UPSERT, batches.row(family, 1, 1));
            writes.add(ProjectionBatches.UPSERT, batches.row(other, 9, 1));
            writes.add(ProjectionBatches.UPSERT, batches.row(family, 2, 2));
        });

        assertThat(batches.balance(family)).isEqualTo(2);
        assertThat(batches.balance(other)).isEqualTo(9);
    }

    @Test
    void merged_writes_fold_into_one_statement_at_the_place_of_the_first() {
        UUID family = UUID.randomUUID();

        batches.batch("live", () -> {
            writes.merge(ProjectionBatches.UPSERT, family, batches.row(family, 3, 1), BatchedWritesTest::sumBalances);
            writes.add("update sel_account set balance = balance * 100 where family_id = ?", family);
            writes.merge(ProjectionBatches.UPSERT, family, batches.row(family, 4, 2), BatchedWritesTest::sumBalances);
        });

        assertThat(batches.balance(family)).as("(3 + 4) sent first, then multiplied").isEqualTo(700);
    }

    @Test
    void a_write_asked_for_by_many_events_is_sent_once_with_the_first_arguments() {
        UUID family = UUID.randomUUID();

        batches.batch("live", () -> {
            writes.addOnce(ProjectionBatches.INSERT_ONCE, family, batches.community, 1L);
            writes.addOnce(ProjectionBatches.INSERT_ONCE, family, batches.community, 1L);
            writes.add("update sel_account set balance = balance + 1 where family_id = ?", family);
            writes.addOnce(ProjectionBatches.INSERT_ONCE, family, batches.community, 1L);
        });

        assertThat(batches.balance(family)).isEqualTo(2);
    }

    @Test
    void the_same_event_handled_twice_changes_nothing() {
        UUID family = UUID.randomUUID();
        Runnable handleEvent = () -> writes.add(ProjectionBatches.UPSERT, batches.row(family, 5, 1));

        batches.batch("live", handleEvent);
        batches.batch("live", () -> {
            handleEvent.run();
            handleEvent.run();
        });

        assertThat(batches.balance(family)).isEqualTo(5);
        assertThat(database.jdbc().queryForObject("select count(*) from sel_account where family_id = ?",
                Integer.class, family)).isOne();
    }

    @Test
    void a_batch_that_rolls_back_sends_nothing() {
        UUID family = UUID.randomUUID();

        try {
            batches.batch("live", () -> {
                writes.add(ProjectionBatches.UPSERT, batches.row(family, 5, 1));
                throw new IllegalStateException("a handler failed");
            });
        } catch (RuntimeException expected) {
            // the batch is rolled back
        }

        assertThat(batches.balance(family)).isNull();
    }

    @Test
    void a_retried_dead_letter_sends_its_writes_when_its_own_unit_of_work_commits() {
        UUID family = UUID.randomUUID();

        batches.batch("live", () -> {
            UnitOfWork<?> letter = DefaultUnitOfWork.startAndGet(asEventMessage("letter"));
            letter.resources().put(DeadLetter.class.getName(), "the letter being retried");
            writes.add(ProjectionBatches.UPSERT, batches.row(family, 5, 1));
            assertThat(batches.balance(family)).isNull();
            letter.commit();

            assertThat(batches.balance(family)).as("sent with the letter, before the retry's commit").isEqualTo(5);
        });
    }

    private static Object[] sumBalances(Object[] earlier, Object[] later) {
        return new Object[]{earlier[0], earlier[1], (Long) earlier[2] + (Long) later[2], later[3]};
    }
}
