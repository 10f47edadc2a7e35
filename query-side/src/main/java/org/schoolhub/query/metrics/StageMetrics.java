package org.schoolhub.query.metrics;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Every stage-gate metric at one instant (API.md, Metrics); null when nobody recorded it yet. A
 * gate criterion names its metric by the name of a component here, which is also its JSON key.
 * Indicators read whole as such: 3, not 3.0.
 */
public record StageMetrics(long activeFamilies, long selTransfersThisMonth, long selTransfersTotal,
                           long ordersThisMonth, Double uptimePercent30d, Double responseTimeP95Ms,
                           Number criticalBugs, Number messagesPerDay, Number eventsPerMonth,
                           Number educationalUsePercent, Boolean balancesWithinLimits,
                           Double satisfactionPercent) {

    /** The value of the metric of that name; unknown names have none. */
    public Object named(String name) {
        return Arrays.stream(StageMetrics.class.getRecordComponents()).filter(c -> c.getName().equals(name))
                .findFirst().map(this::valueOf).orElse(null);
    }

    private Object valueOf(RecordComponent component) {
        try {
            return component.getAccessor().invoke(this);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
