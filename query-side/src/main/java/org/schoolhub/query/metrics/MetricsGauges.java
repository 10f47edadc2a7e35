package org.schoolhub.query.metrics;

import java.time.Instant;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * The schoolhub_* gauges of /actuator/prometheus: the same figures as the stage gates, read from
 * the read models at each scrape, and each projection's lag behind the event store.
 */
@Component
class MetricsGauges implements MeterBinder {

    private final MetricsReader reader;
    private final Heartbeats heartbeats;
    private final ResponseTimes responseTimes;
    private final ProjectionLag lag;
    private final EventProcessingConfiguration processing;

    MetricsGauges(MetricsReader reader, Heartbeats heartbeats, ResponseTimes responseTimes, ProjectionLag lag,
                  EventProcessingConfiguration processing) {
        this.reader = reader;
        this.heartbeats = heartbeats;
        this.responseTimes = responseTimes;
        this.lag = lag;
        this.processing = processing;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "schoolhub.active.families", "Families active in the trailing 30 days",
                () -> reader.activeFamilies(Instant.now()));
        gauge(registry, "schoolhub.sel.transfers", "Completed SEL transfers, all time, reversals excluded",
                reader::selTransfersTotal);
        gauge(registry, "schoolhub.sel.transfers.month", "Completed SEL transfers this calendar month",
                () -> reader.selTransfersInMonth(Instant.now()));
        gauge(registry, "schoolhub.sel.balance.total", "Sum of all SEL balances (always 0 when consistent)",
                reader::balanceTotal);
        gauge(registry, "schoolhub.orders.month", "Group-order lines placed this month and not withdrawn",
                () -> reader.ordersInMonth(Instant.now()));
        gauge(registry, "schoolhub.community.stage", "The community's current stage", reader::currentStage);
        gauge(registry, "schoolhub.uptime.percent", "Uptime over the trailing 30 days, from heartbeats",
                () -> heartbeats.uptimePercent(Instant.now()));
        gauge(registry, "schoolhub.http.p95.milliseconds", "p95 of HTTP requests over the last 15 minutes",
                responseTimes::p95Millis);
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                Gauge.builder("schoolhub.projection.lag", lag, l -> l.of(name))
                        .description("Events between the head of the event store and the processor's position")
                        .tag("processor", name).register(registry);
            }
        });
    }

    private static void gauge(MeterRegistry registry, String name, String description, Supplier<? extends Number> value) {
        Gauge.builder(name, value, v -> {
            Number number = v.get();
            return number == null ? Double.NaN : number.doubleValue();
        }).description(description).register(registry);
    }
}
