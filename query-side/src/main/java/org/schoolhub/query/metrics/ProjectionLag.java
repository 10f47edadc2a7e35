package org.schoolhub.query.metrics;

import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.schoolhub.support.store.EventStoreHead;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How many events each streaming processor is behind the head of the event store: the global
 * index of the newest event minus the slowest segment's position (gaps in the index make it an
 * upper bound, which is what an alert wants).
 */
@Component
public class ProjectionLag {

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final EventStoreHead head;

    /** Axon's configuration is looked up when asked: it must not be built while metrics are wired. */
    ProjectionLag(ObjectProvider<EventProcessingConfiguration> processing, EventStoreHead head) {
        this.processing = processing;
        this.head = head;
    }

    public Map<String, Long> byProcessor() {
        long head = head();
        Map<String, Long> lags = new TreeMap<>();
        processing.getObject().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                lags.put(name, lag(head, streaming));
            }
        });
        return lags;
    }

    public long of(String processorName) {
        return byProcessor().getOrDefault(processorName, 0L);
    }

    private static long lag(long head, StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return head;
        }
        long slowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : status.values()) {
            OptionalLong position = segment.getCurrentPosition();
            slowest = Math.min(slowest, position.isPresent() ? position.getAsLong() : 0);
        }
        return Math.max(0, head - slowest);
    }

    private long head() {
        return head.position();
    }
}
