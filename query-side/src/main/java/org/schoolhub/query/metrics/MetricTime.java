package org.schoolhub.query.metrics;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Times of events as the metrics see them: the event's own time (its payload's {@code ...At}
 * instant, which the aggregate took from the injected clock), bucketed into days and months of
 * the community's time zone.
 */
final class MetricTime {

    private MetricTime() {
    }

    static String month(Instant instant, ZoneId zone) {
        return YearMonth.from(instant.atZone(zone)).toString();
    }

    static LocalDate day(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    /**
     * Every event of the contract names its own time {@code somethingAt}; the message timestamp
     * is only the fallback for a payload without one.
     */
    static Instant of(Object payload, Instant messageTimestamp) {
        if (payload instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getType() == Instant.class && component.getName().endsWith("At")) {
                    try {
                        Object value = component.getAccessor().invoke(record);
                        if (value != null) {
                            return (Instant) value;
                        }
                    } catch (ReflectiveOperationException e) {
                        return messageTimestamp;
                    }
                }
            }
        }
        return messageTimestamp;
    }
}
