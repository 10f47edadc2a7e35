package org.schoolhub.query.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Every stage-gate metric at one instant, and the gates evaluated against them (API.md, Metrics). */
@Component
public class StageGateReport {

    private final MetricsReader reader;
    private final Heartbeats heartbeats;
    private final ResponseTimes responseTimes;
    private final Clock wallClock = Clock.systemUTC();

    StageGateReport(MetricsReader reader, Heartbeats heartbeats, ResponseTimes responseTimes) {
        this.reader = reader;
        this.heartbeats = heartbeats;
        this.responseTimes = responseTimes;
    }

    public Report now() {
        Instant now = wallClock.instant();
        Map<String, Double> indicators = reader.indicators();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("activeFamilies", reader.activeFamilies(now));
        metrics.put("selTransfersThisMonth", reader.selTransfersInMonth(now));
        metrics.put("selTransfersTotal", reader.selTransfersTotal());
        metrics.put("ordersThisMonth", reader.ordersInMonth(now));
        metrics.put("uptimePercent30d", round(heartbeats.uptimePercent(now)));
        metrics.put("responseTimeP95Ms", round(responseTimes.p95Millis()));
        for (String name : List.of("criticalBugs", "messagesPerDay", "eventsPerMonth", "educationalUsePercent")) {
            metrics.put(name, indicator(indicators.get(name)));
        }
        metrics.put("balancesWithinLimits", reader.balancesWithinLimits());
        int stage = reader.currentStage();
        return new Report(stage, metrics, StageGates.evaluate(metrics));
    }

    /** Whole numbers read as such: 3, not 3.0. */
    private static Number indicator(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) value.longValue() : value;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }

    /** The answer of GET /api/metrics/stage-gates. */
    public record Report(int currentStage, Map<String, Object> metrics, List<StageGates.GateResult> gates) {

        /** The gate out of the current stage; null at the last stage. */
        public StageGates.GateResult gateFrom(int stage) {
            return gates.stream().filter(g -> g.from() == stage).findFirst().orElse(null);
        }
    }
}
