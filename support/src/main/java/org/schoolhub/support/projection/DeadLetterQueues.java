package org.schoolhub.support.projection;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Builds the PostgreSQL dead-letter queue (table {@code dead_letter_entry}) of a processing group:
 * the live projections' and a replay's.
 */
@Component
public class DeadLetterQueues {

    private final ConnectionProvider connections;
    private final TransactionManager transactions;
    private final DeadLetterSchema schema;
    private final Serializer serializer;
    private final Serializer eventSerializer;

    DeadLetterQueues(ConnectionProvider connections, TransactionManager transactions, DeadLetterSchema schema,
                     Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.connections = connections;
        this.transactions = transactions;
        this.schema = schema;
        this.serializer = serializer;
        this.eventSerializer = eventSerializer;
    }

    public SequencedDeadLetterQueue<EventMessage<?>> of(String processingGroup) {
        return JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(processingGroup)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
    }
}
