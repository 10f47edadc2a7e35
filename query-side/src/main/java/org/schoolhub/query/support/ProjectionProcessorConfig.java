package org.schoolhub.query.support;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projections processor reports through {@link ProjectionMonitor} instead of Axon's monitors. */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessorConfig {

    @Bean
    ConfigurerModule projectionMonitor(MeterRegistry registry) {
        return configurer -> configurer.configureMessageMonitor(EventProcessor.class, Projection.PROCESSOR,
                (configuration, componentType, componentName) ->
                        new ProjectionMonitor(registry, componentName, Clock.systemUTC()));
    }
}
