package org.schoolhub.support.projection;

import org.schoolhub.testing.TestDatabase;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;

import java.util.UUID;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Units of work as a projections processor runs them, on a test database's own transactions:
 * one per batch, tagged with the processor's name, rows of {@code sel_account} as the writes.
 */
final class ProjectionBatches {

    static final String UPSERT = """
            insert into sel_account (family_id, community_id, balance, last_sequence) values (?, ?, ?, ?)
            on conflict (family_id) do update set balance = excluded.balance, last_sequence = excluded.last_sequence""";
    static final String INSERT_ONCE = """
            insert into sel_account (family_id, community_id, balance, last_sequence) values (?, ?, ?, 0)
            on conflict (family_id) do nothing""";

    final JdbcTransactionManager springTransactions;
    final TransactionManager transactions;
    final JdbcTemplate jdbc;
    final CarefulWrites careful;
    final UUID community = UUID.randomUUID();

    ProjectionBatches(TestDatabase database) {
        this.springTransactions = new JdbcTransactionManager(database.dataSource());
        this.transactions = new SpringTransactionManager(springTransactions);
        this.jdbc = database.jdbc();
        this.careful = new CarefulWrites(springTransactions);
    }

    BatchedWrites writes() {
        return new BatchedWrites(jdbc, careful);
    }

    /** Runs {@code handling} as one batch of the processor {@code processor}, committed at the end. */
    void batch(String processor, Runnable handling) {
        UnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(asEventMessage("batch"));
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(() -> {
            try {
                new ProcessorTag(processor).handle(unitOfWork, () -> null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            handling.run();
        });
    }

    Long balance(UUID family) {
        return jdbc.query("select balance from sel_account where family_id = ?", (rs, row) -> rs.getLong(1), family)
                .stream().findFirst().orElse(null);
    }

    /** A row {@code sel_account} refuses: its community is missing. */
    Object[] refusedRow(UUID family) {
        return new Object[]{family, null, 1L, 1L};
    }

    Object[] row(UUID family, long balance, long sequence) {
        return new Object[]{family, community, balance, sequence};
    }
}
