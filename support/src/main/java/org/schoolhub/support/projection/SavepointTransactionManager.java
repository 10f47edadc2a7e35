package org.schoolhub.support.projection;

import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Axon's units of work on Spring transactions, nested ones in a savepoint. Axon retries each dead
 * letter in a unit of work nested in the one that walks the queue: without a savepoint, a letter
 * that fails again would abort PostgreSQL's transaction, and the queue could not record that it
 * failed, nor go on with the next letter. (Axon's own manager only commits or rolls back the
 * transactions it began, so a savepoint would never be rolled back to.)
 */
public final class SavepointTransactionManager extends SpringTransactionManager {

    private final PlatformTransactionManager transactions;

    public SavepointTransactionManager(PlatformTransactionManager transactionManager) {
        super(transactionManager, new DefaultTransactionDefinition(DefaultTransactionDefinition.PROPAGATION_NESTED));
        this.transactions = transactionManager;
    }

    @Override
    protected void commitTransaction(TransactionStatus status) {
        if (status.hasSavepoint() && !status.isCompleted()) {
            transactions.commit(status);
        } else {
            super.commitTransaction(status);
        }
    }

    @Override
    protected void rollbackTransaction(TransactionStatus status) {
        if (status.hasSavepoint() && !status.isCompleted()) {
            transactions.rollback(status);
        } else {
            super.rollbackTransaction(status);
        }
    }
}
