package org.schoolhub.query.metrics;

import java.time.Instant;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The schoolhub_* gauges of /actuator/prometheus: the same figures as the stage gates, read from
 * the read models at each scrape, and each projection's lag behind the event store. They are
 * registered once the application is ready: Axon's processors exist only then.
 */
@Component
class MetricsGauges {

    private final MetricsReader reader;
    private final Heartbeats heartbeats;
    private final ResponseTimes responseTimes;
    private final ProjectionLag lag;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final MeterRegistry registry;

    MetricsGauges(MetricsReader reader, Heartbeats heartbeats, ResponseTimes responseTimes, ProjectionLag lag,
                  ObjectProvider<EventProcessingConfiguration> processing,
                  MeterRegistry registry) {
        this.reader = reader;
        this.heartbeats = heartbeats;
        this.responseTimes = responseTimes;
        this.lag = lag;
        this.processing = processing;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        gauge(registry, "schoolhub.active.families", "Families active in the trailing 30 days",
                () -> reader.activeFamilies(Instant.now()));
        gauge(registry, "schoolhub.sel.transfers", "Completed SEL transfers, all time, reversals excluded",
                reader::selTransfersTotal);
        gauge(registry, "schoolhub.sel.transfers.month", "Completed SEL transfers this calendar month",
                () -> reader.selTransfersInMonth(Instant.now()));
        gauge(registry, "schoolhub.sel.net.balance", "Sum of all SEL balances (always 0 when consistent)",
                reader::balanceTotal);
        gauge(registry, "schoolhub.orders.month", "Group-order lines placed this month and not withdrawn",
                () -> reader.ordersInMonth(Instant.now()));
        gauge(registry, "schoolhub.community.stage", "The community's current stage", reader::currentStage);
        gauge(registry, "schoolhub.uptime.ratio", "Uptime over the trailing 30 days, from heartbeats (1 = always up)",
                () -> ratio(heartbeats.uptimePercent(Instant.now())));
        Gauge.builder("schoolhub.http.p95", responseTimes, r -> seconds(r.p95Millis()))
                .description("p95 of HTTP requests over the gate's window").baseUnit("seconds")
                .strongReference(true).register(registry);
        processing.getObject().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                Gauge.builder("schoolhub.projection.lag", lag, l -> l.of(name))
                        .description("Events between the head of the event store and the processor's position")
                        .tag("processor", name).strongReference(true).register(registry);
            }
        });
    }

    private static void gauge(MeterRegistry registry, String name, String description, Supplier<? extends Number> value) {
        Gauge.builder(name, value, v -> {
            Number number = v.get();
            return number == null ? Double.NaN : number.doubleValue();
        }).description(description).strongReference(true).register(registry);
    }

    private static Number ratio(Number percent) {
        return percent == null ? null : percent.doubleValue() / 100;
    }

    private static double seconds(Number millis) {
        return millis == null ? Double.NaN : millis.doubleValue() / 1000;
    }
}
