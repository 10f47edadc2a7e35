package org.schoolhub.support.projection;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one processor every projection runs in ({@link Projection#PROCESSOR}): a tracking processor,
 * one thread, one segment (the ledger's events must be applied in order), {@value #BATCH_SIZE} events
 * per transaction. A tracking rather than a pooled processor: the pooled one hands events from a
 * coordinator to a worker through a bounded queue and pauses whenever it is full, which caps a
 * replay however fast the projections are.
 *
 * <p>An event that a projection cannot handle is parked in the dead-letter queue with the later
 * events of its aggregate (Axon's sequenced queue, in PostgreSQL), and the processor goes on with
 * every other event: one bad event never stops the read models. {@code /api/admin/dead-letters}
 * shows, retries and evicts them.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class ProjectionProcessorConfig {

    public static final int BATCH_SIZE = 5_000;

    @Bean
    ConfigurerModule projectionProcessor(MeterRegistry registry, JdbcTemplate jdbc, DeadLetterQueues queues,
                                         PlatformTransactionManager transactions) {
        return configurer -> {
            configurer.eventProcessing()
                    .registerTrackingEventProcessor(Projection.PROCESSOR, Configuration::eventStore,
                            configuration -> settings())
                    .registerDeadLetterQueue(Projection.PROCESSOR, configuration -> queues.of(Projection.PROCESSOR))
                    .registerDeadLetterPolicy(Projection.PROCESSOR, configuration -> new DeadLetterPolicy())
                    .registerDeadLetteringEventHandlerInvokerConfiguration(Projection.PROCESSOR,
                            (configuration, invoker) -> invoker
                                    // each retried letter in a savepoint of the retry's transaction
                                    .transactionManager(new SavepointTransactionManager(transactions))
                                    // an empty queue is not asked about every event
                                    .enableSequenceIdentifierCache())
                    .registerHandlerInterceptor(Projection.PROCESSOR,
                            configuration -> new ProcessorTag(Projection.PROCESSOR))
                    .registerHandlerInterceptor(Projection.PROCESSOR, configuration -> new AsynchronousCommit(jdbc));
            configurer.configureMessageMonitor(EventProcessor.class, Projection.PROCESSOR,
                    (configuration, componentType, componentName) ->
                            new ProjectionMonitor(registry, componentName, Clock.systemUTC()));
        };
    }

    /** The live processor's settings; a replay's processor runs with the same. */
    public static TrackingEventProcessorConfiguration settings() {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andBatchSize(BATCH_SIZE)
                .andInitialSegmentsCount(1)
                // how long a shutdown waits for the worker to notice it
                .andEventAvailabilityTimeout(100, TimeUnit.MILLISECONDS);
    }
}
