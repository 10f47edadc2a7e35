package org.schoolhub.service.config;

import java.util.Map;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Help text for the meters Spring and Tomcat register without one, so that every family on
 * /actuator/prometheus says what it measures (MetricsApiTest refuses an empty HELP line).
 */
@Configuration(proxyBeanMethods = false)
class MetricHelp {

    private static final Map<String, String> HELP = Map.of(
            "http.server.requests", "HTTP requests served, by method, URI template, status and outcome",
            "tasks.scheduled.execution", "Runs of scheduled tasks",
            "tomcat.sessions.active.current", "HTTP sessions open now",
            "tomcat.sessions.active.max", "Most HTTP sessions open at once",
            "tomcat.sessions.alive.max", "Longest time an expired HTTP session was alive",
            "tomcat.sessions.created", "HTTP sessions created",
            "tomcat.sessions.expired", "HTTP sessions expired",
            "tomcat.sessions.rejected", "HTTP sessions refused for want of room");

    /** Spring Boot applies every MeterFilter bean to the registries it builds. */
    @Bean
    MeterFilter meterHelp() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String help = HELP.get(id.getName());
                if (help == null || id.getDescription() != null) {
                    return id;
                }
                return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), help, id.getType());
            }
        };
    }
}
