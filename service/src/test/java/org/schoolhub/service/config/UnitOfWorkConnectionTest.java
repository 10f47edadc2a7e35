package org.schoolhub.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A connection that Axon's storage took inside a unit of work is let go once, when its transaction
 * ends. The pool hands it to the next borrower at that moment; touching it again afterwards (Axon's
 * unit-of-work connection wrapper closed it a second time at cleanup) clears the statement list that
 * the pool keeps per connection, while the next borrower, on another thread, is using it: Hikari's
 * {@code FastList} then failed with an ArrayIndexOutOfBoundsException in a history read during a
 * replay, since every projection batch stores its token that way.
 *
 * <p>Deterministic here: the next borrower is this very thread, in the unit of work's after-commit
 * phase (between the transaction's end and the unit of work's cleanup), which the pool serves first
 * with the connection this thread returned last.
 */
class UnitOfWorkConnectionTest extends ApiTest {

    @Autowired
    ConnectionProvider axonConnections;
    @Autowired
    TransactionManager axonTransactions;
    @Autowired
    DataSource dataSource;

    @Test
    void a_connection_used_in_a_unit_of_work_is_not_touched_after_its_transaction_ended() throws Exception {
        List<Boolean> nextBorrowersStatementClosedWithItsConnection = new ArrayList<>();
        for (int attempt = 0; attempt < 20 && nextBorrowersStatementClosedWithItsConnection.isEmpty(); attempt++) {
            unitOfWorkWhoseConnectionIsBorrowedAfterCommit(nextBorrowersStatementClosedWithItsConnection);
        }
        assertThat(nextBorrowersStatementClosedWithItsConnection)
                .as("the next borrower got the same pooled connection at least once").isNotEmpty();
        assertThat(nextBorrowersStatementClosedWithItsConnection)
                .as("the pool still tracked the next borrower's statement, so it closed it with the connection")
                .containsOnly(true);
    }

    private void unitOfWorkWhoseConnectionIsBorrowedAfterCommit(List<Boolean> outcome) throws SQLException {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        unitOfWork.attachTransaction(axonTransactions);
        Object physical = usePhysicalConnection();
        AtomicBoolean sameConnection = new AtomicBoolean();
        List<Statement> borrowersStatement = new ArrayList<>();
        List<Connection> borrowersConnection = new ArrayList<>();
        unitOfWork.afterCommit(u -> {
            try {
                Connection next = dataSource.getConnection();
                borrowersConnection.add(next);
                sameConnection.set(next.unwrap(PGConnection.class) == physical);
                borrowersStatement.add(next.createStatement());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        unitOfWork.commit();

        Statement statement = borrowersStatement.get(0);
        borrowersConnection.get(0).close();
        if (sameConnection.get()) {
            outcome.add(statement.isClosed());
        }
        statement.close();
    }

    /** As Axon's token store does when a projection batch commits: a statement on the provider's connection. */
    private Object usePhysicalConnection() throws SQLException {
        Connection connection = axonConnections.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("select 1");
            return connection.unwrap(PGConnection.class);
        } finally {
            connection.close();
        }
    }
}
