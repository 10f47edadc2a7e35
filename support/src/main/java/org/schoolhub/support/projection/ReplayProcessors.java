package org.schoolhub.support.projection;

import java.util.List;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the processor of a replay: the same projection beans as the live processor, the same
 * settings and dead-letter policy, its own token and dead-letter queue, writing into a replay's
 * schema ({@link SearchPath}). Not registered with Axon's configuration: it lives as long as its
 * replay.
 */
@Component
public class ReplayProcessors {

    private final ObjectProvider<Configuration> axon;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final PlatformTransactionManager springTransactions;
    private final DeadLetterQueues queues;
    private final JdbcTemplate jdbc;

    /** Axon's configuration is looked up when a replay starts: it is not complete while beans are made. */
    ReplayProcessors(ObjectProvider<Configuration> axon, TokenStore tokens, TransactionManager transactions,
                     PlatformTransactionManager springTransactions, DeadLetterQueues queues, JdbcTemplate jdbc) {
        this.axon = axon;
        this.tokens = tokens;
        this.transactions = transactions;
        this.springTransactions = springTransactions;
        this.queues = queues;
        this.jdbc = jdbc;
    }

    /** A processor named {@code name} that runs {@code projections} from the first event into {@code schema}. */
    public TrackingEventProcessor create(String name, List<Object> projections, String schema) {
        Configuration configuration = axon.getObject();
        SequencedDeadLetterQueue<EventMessage<?>> queue = queues.of(name);
        DeadLetteringEventHandlerInvoker invoker = DeadLetteringEventHandlerInvoker.builder()
                .eventHandlers(projections)
                .handlerDefinition(configuration.handlerDefinition(projections.get(0).getClass()))
                .parameterResolverFactory(configuration.parameterResolverFactory())
                .queue(queue)
                .enqueuePolicy(new DeadLetterPolicy())
                .transactionManager(new SavepointTransactionManager(springTransactions))
                .enableSequenceIdentifierCache()
                .build();
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(invoker)
                .messageSource(configuration.eventStore())
                .tokenStore(tokens)
                .transactionManager(transactions)
                .trackingEventProcessorConfiguration(ProjectionProcessorConfig.settings())
                .build();
        processor.registerHandlerInterceptor(new ProcessorTag(name));
        processor.registerHandlerInterceptor(new SearchPath(jdbc, schema));
        processor.registerHandlerInterceptor(new AsynchronousCommit(jdbc));
        return processor;
    }
}
