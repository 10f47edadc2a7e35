package org.schoolhub.query.support;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one processor every projection runs in ({@link Projection#PROCESSOR}): a tracking processor,
 * one thread, one segment (the ledger's events must be applied in order), 1,000 events per
 * transaction. A tracking rather than a pooled processor: the pooled one hands events from a
 * coordinator to a worker through a queue of 1,024 and waits 100 ms whenever it is full, which caps
 * a replay near 10,000 events per second however fast the projections are.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ProjectionProcessorConfig {

    static final int BATCH_SIZE = 5_000;

    @Bean
    ConfigurerModule projectionProcessor(MeterRegistry registry, JdbcTemplate jdbc) {
        return configurer -> {
            configurer.eventProcessing()
                    .registerTrackingEventProcessor(Projection.PROCESSOR, Configuration::eventStore,
                            configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                    .andBatchSize(BATCH_SIZE)
                                    .andInitialSegmentsCount(1)
                                    // how long a replay's shutdown waits for the worker to notice it
                                    .andEventAvailabilityTimeout(100, TimeUnit.MILLISECONDS))
                    .registerHandlerInterceptor(Projection.PROCESSOR, configuration -> new AsynchronousCommit(jdbc));
            configurer.configureMessageMonitor(EventProcessor.class, Projection.PROCESSOR,
                    (configuration, componentType, componentName) ->
                            new ProjectionMonitor(registry, componentName, Clock.systemUTC()));
        };
    }
}
