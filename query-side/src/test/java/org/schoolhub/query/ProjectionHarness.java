package org.schoolhub.query;

import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;

import java.time.ZoneId;
import java.util.UUID;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.schoolhub.shared.values.Community;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.CarefulWrites;
import org.schoolhub.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Projections as the projections processor runs them, without the application: their writes go
 * through BatchedWrites into a test database's own schema, one unit of work and transaction per
 * batch, sent when it commits.
 */
public final class ProjectionHarness implements AutoCloseable {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final TestDatabase database = new TestDatabase();
    private final TransactionManager transactions;
    private final BatchedWrites writes;

    public ProjectionHarness() {
        JdbcTransactionManager spring = new JdbcTransactionManager(database.dataSource());
        this.transactions = new SpringTransactionManager(spring);
        this.writes = new BatchedWrites(database.jdbc(), new CarefulWrites(spring));
    }

    public BatchedWrites writes() {
        return writes;
    }

    public JdbcTemplate jdbc() {
        return database.jdbc();
    }

    public Community community(UUID communityId) {
        return new Community(communityId, UUID.randomUUID(), BRUSSELS);
    }

    /** Handles events as one processor batch: one unit of work whose buffered writes are sent when it commits. */
    public void batch(Runnable handling) {
        UnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(asEventMessage("batch"));
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(handling);
    }

    @Override
    public void close() {
        database.close();
    }
}
