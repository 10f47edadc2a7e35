package org.schoolhub.support.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.monitoring.MessageMonitor.MonitorCallback;
import org.junit.jupiter.api.Test;

/** The projections' monitor counts each outcome per event type under Axon's names, and gauges the latency. */
class ProjectionMonitorTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final ProjectionMonitor monitor =
            new ProjectionMonitor(registry, "projections", Clock.fixed(NOW, ZoneOffset.UTC));

    record Enrolled(String family) {
    }

    record Transferred(long amount) {
    }

    @Test
    void each_outcome_is_counted_under_its_event_type_and_every_one_as_processed() {
        monitor.onMessageIngested(event(new Enrolled("a"), NOW)).reportSuccess();
        monitor.onMessageIngested(event(new Enrolled("b"), NOW)).reportFailure(new IllegalStateException("refused"));
        monitor.onMessageIngested(event(new Transferred(5), NOW)).reportIgnored();
        MonitorCallback pending = monitor.onMessageIngested(event(new Transferred(6), NOW));

        assertThat(count("ingested", "Enrolled")).isEqualTo(2);
        assertThat(count("succeeded", "Enrolled")).isEqualTo(1);
        assertThat(count("failed", "Enrolled")).isEqualTo(1);
        assertThat(count("processed", "Enrolled")).isEqualTo(2);
        assertThat(count("ignored", "Enrolled")).isZero();
        assertThat(count("ingested", "Transferred")).isEqualTo(2);
        assertThat(count("ignored", "Transferred")).isEqualTo(1);
        assertThat(count("processed", "Transferred")).as("one still being handled").isEqualTo(1);

        pending.reportSuccess();
        assertThat(count("processed", "Transferred")).isEqualTo(2);
    }

    @Test
    void the_latency_is_the_age_of_the_last_event_ingested() {
        monitor.onMessageIngested(event(new Enrolled("a"), NOW.minusSeconds(90)));
        assertThat(latency()).isEqualTo(90_000);

        monitor.onMessageIngested(event(new Enrolled("b"), NOW.minusMillis(250)));
        assertThat(latency()).isEqualTo(250);
    }

    @Test
    void an_event_stamped_after_the_clock_is_no_negative_latency() {
        monitor.onMessageIngested(event(new Enrolled("a"), NOW.plusSeconds(5)));

        assertThat(latency()).isZero();
    }

    @Test
    void a_message_that_is_no_event_is_counted_and_leaves_the_latency_alone() {
        monitor.onMessageIngested(event(new Enrolled("a"), NOW.minusSeconds(1)));

        monitor.onMessageIngested(new GenericMessage<>(new Enrolled("b"))).reportSuccess();

        assertThat(count("succeeded", "Enrolled")).isEqualTo(1);
        assertThat(latency()).isEqualTo(1_000);
    }

    private double count(String counter, String payloadType) {
        return registry.get("axon.processor." + counter).tag("processor", "projections")
                .tag("event", payloadType).counter().count();
    }

    private double latency() {
        return registry.get("axon.processor.latency").tag("processor", "projections").gauge().value() * 1000;
    }

    private static GenericEventMessage<Object> event(Object payload, Instant timestamp) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), payload, Map.of(), timestamp);
    }
}
