package org.schoolhub.support.projection;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * The projections processor's metrics, under the names Axon's own monitors use
 * ({@code eventProcessor.*Counter}, {@code eventProcessor.latency}) so dashboards read them alike,
 * without Axon's four percentile timers and capacity window per event type. Those cost more than
 * a projection's own work once every projection shares one processor, and a replay runs through
 * hundreds of thousands of events. Counters are resolved once per event type, not per event.
 */
public final class ProjectionMonitor implements MessageMonitor<Message<?>> {

    private final MeterRegistry registry;
    private final String processor;
    private final Clock clock;
    private final Map<Class<?>, Counters> counters = new ConcurrentHashMap<>();
    private final AtomicLong latencyMillis = new AtomicLong();

    public ProjectionMonitor(MeterRegistry registry, String processor, Clock clock) {
        this.registry = registry;
        this.processor = processor;
        this.clock = clock;
        Gauge.builder("eventProcessor.latency", latencyMillis, AtomicLong::get)
                .tag("processorName", processor).register(registry);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        Counters of = counters.computeIfAbsent(message.getPayloadType(), this::countersOf);
        of.ingested.increment();
        if (message instanceof EventMessage<?> event) {
            latencyMillis.set(Math.max(0, clock.millis() - event.getTimestamp().toEpochMilli()));
        }
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                of.success.increment();
                of.processed.increment();
            }

            @Override
            public void reportFailure(Throwable cause) {
                of.failure.increment();
                of.processed.increment();
            }

            @Override
            public void reportIgnored() {
                of.ignored.increment();
                of.processed.increment();
            }
        };
    }

    private Counters countersOf(Class<?> payloadType) {
        Tags tags = Tags.of("processorName", processor, "payloadType", payloadType.getSimpleName());
        return new Counters(registry.counter("eventProcessor.ingestedCounter", tags),
                registry.counter("eventProcessor.successCounter", tags),
                registry.counter("eventProcessor.failureCounter", tags),
                registry.counter("eventProcessor.ignoredCounter", tags),
                registry.counter("eventProcessor.processedCounter", tags));
    }

    private record Counters(Counter ingested, Counter success, Counter failure, Counter ignored, Counter processed) {
    }
}
