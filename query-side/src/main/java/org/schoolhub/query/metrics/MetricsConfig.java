package org.schoolhub.query.metrics;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Heartbeats and response-time samples run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MetricsConfig {
}
