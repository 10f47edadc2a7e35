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
 * The projections processor's metrics, in Prometheus' naming ({@code axon.processor.*} counters
 * tagged by processor and event, {@code axon.processor.latency} in seconds, each with its help
 * text), without Axon's four percentile timers and capacity window per event type. Those cost more than
 * a projection's own work once every projection shares one processor, and a replay runs through
 * hundreds of thousands of events. Counters are resolved once per event type, not per event.
 */
public final class ProjectionMonitor implements MessageMonitor<Message<?>> {

    private final MeterRegistry registry;
    private final String processor;
    private final Clock clock;
    private final Map<Class<?>, Counters> counters = new ConcurrentHashMap<>();
    private final AtomicLong latencyMillis = new AtomicLong();

    static final String TAG_PROCESSOR = "processor";
    static final String TAG_EVENT = "event";

    public ProjectionMonitor(MeterRegistry registry, String processor, Clock clock) {
        this.registry = registry;
        this.processor = processor;
        this.clock = clock;
        Gauge.builder("axon.processor.latency", latencyMillis, millis -> millis.get() / 1000.0)
                .description("Age of the last event the processor took, when it took it")
                .baseUnit("seconds").tag(TAG_PROCESSOR, processor).register(registry);
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
        Tags tags = Tags.of(TAG_PROCESSOR, processor, TAG_EVENT, payloadType.getSimpleName());
        return new Counters(counter("axon.processor.ingested", "Events the processor took", tags),
                counter("axon.processor.succeeded", "Events the processor's handlers handled", tags),
                counter("axon.processor.failed", "Events a handler failed on (parked as dead letters)", tags),
                counter("axon.processor.ignored", "Events no handler of the processor wanted", tags),
                counter("axon.processor.processed", "Events done with, whatever the outcome", tags));
    }

    private Counter counter(String name, String description, Tags tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    private record Counters(Counter ingested, Counter success, Counter failure, Counter ignored, Counter processed) {
    }
}
