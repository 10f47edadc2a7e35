package org.schoolhub.support.store;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * A failed append is a duplicate key, a concurrent write of the same aggregate sequence that the
 * command bus retries on fresh state, only when PostgreSQL says so: SQLSTATE 23505, unique
 * violation. Axon's {@code JdbcSQLErrorCodesResolver} looks for a
 * {@code SQLIntegrityConstraintViolationException}, which PostgreSQL's driver never throws, so it
 * took no failure for a duplicate, a real one neither; and a disk full, a not-null or a check
 * violation must never be one.
 */
class UniqueViolationResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return SqlStates.has(exception, UNIQUE_VIOLATION);
    }
}
