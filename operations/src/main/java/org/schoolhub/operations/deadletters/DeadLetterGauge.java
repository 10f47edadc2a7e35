package org.schoolhub.operations.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The dead letters' count as a metric, next to the queue it counts: alerts watch it. */
@Component
class DeadLetterGauge {

    private final DeadLetters deadLetters;
    private final MeterRegistry registry;

    DeadLetterGauge(DeadLetters deadLetters, MeterRegistry registry) {
        this.deadLetters = deadLetters;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        Gauge.builder("schoolhub.projection.dead.letters", deadLetters, DeadLetters::count)
                .description("Events parked in the projections' dead-letter queue")
                .strongReference(true).register(registry);
    }
}
