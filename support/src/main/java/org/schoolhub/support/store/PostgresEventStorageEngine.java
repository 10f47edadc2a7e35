package org.schoolhub.support.store;

import java.util.List;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC engine, telling {@link DatabaseResources} how writes go, and naming a failed append
 * for what it is: Axon words every failure as "an event ... was already inserted", a disk full
 * included, and only the resolver's answer decides whether it is a duplicate.
 */
class PostgresEventStorageEngine extends JdbcEventStorageEngine {

    private final PersistenceExceptionResolver resolver;
    private final DatabaseResources resources;

    PostgresEventStorageEngine(JdbcEventStorageEngine.Builder builder, PersistenceExceptionResolver resolver,
                               DatabaseResources resources) {
        super(builder.persistenceExceptionResolver(resolver));
        this.resolver = resolver;
        this.resources = resources;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        super.appendEvents(events, serializer);
        if (!events.isEmpty()) {
            resources.wrote();
        }
    }

    @Override
    protected void handlePersistenceException(Exception exception, EventMessage<?> failedEvent) {
        resources.failed(exception);
        if (resolver.isDuplicateKeyViolation(exception)) {
            super.handlePersistenceException(exception, failedEvent);
        }
        throw new EventStoreException("Event " + failedEvent.getIdentifier() + " could not be stored: "
                + SqlStates.serverMessage(exception), exception);
    }
}
