package org.schoolhub.command.grouporder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Deadlines are rows in PostgreSQL, written in the transaction of whoever scheduled them. */
class DeadlineStorageTest extends ApiTest {

    @Autowired
    DeadlineManager deadlines;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_deadline_manager_is_the_persistent_one() {
        assertThat(deadlines).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Test
    void a_deadline_is_stored_with_its_transaction_or_not_at_all() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Instant due = Instant.now().plus(Duration.ofDays(30));

        String rolledBack = transaction.execute(status -> {
            status.setRollbackOnly();
            return schedule(due);
        });
        assertThat(stored(rolledBack)).isZero();

        String committed = transaction.execute(status -> schedule(due));
        assertThat(stored(committed)).isEqualTo(1);
        deadlines.cancelSchedule(GroupOrder.DEADLINE, committed);
        assertThat(stored(committed)).isZero();
    }

    private String schedule(Instant due) {
        UUID order = UUID.randomUUID();
        return deadlines.schedule(due, GroupOrder.DEADLINE, new GroupOrderDeadline(order, due),
                new AggregateScopeDescriptor(GroupOrder.class.getSimpleName(), order));
    }

    private int stored(String scheduleId) {
        return jdbc.queryForObject("select count(*) from scheduled_tasks where task_instance = ?", Integer.class,
                scheduleId);
    }
}
