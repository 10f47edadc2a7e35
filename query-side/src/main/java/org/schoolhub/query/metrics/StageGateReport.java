package org.schoolhub.query.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.schoolhub.query.feedback.FeedbackSummary;
import org.springframework.stereotype.Component;

/** Every stage-gate metric at one instant, and the gates evaluated against them (API.md, Metrics). */
@Component
public class StageGateReport {

    private final MetricsReader reader;
    private final Heartbeats heartbeats;
    private final ResponseTimes responseTimes;
    private final FeedbackSummary feedback;
    private final Clock wallClock = Clock.systemUTC();

    StageGateReport(MetricsReader reader, Heartbeats heartbeats, ResponseTimes responseTimes,
                    FeedbackSummary feedback) {
        this.reader = reader;
        this.heartbeats = heartbeats;
        this.responseTimes = responseTimes;
        this.feedback = feedback;
    }

    public Report now() {
        Instant now = wallClock.instant();
        Map<String, Double> indicators = reader.indicators();
        StageMetrics metrics = new StageMetrics(reader.activeFamilies(now), reader.selTransfersInMonth(now),
                reader.selTransfersTotal(), reader.ordersInMonth(now), round(heartbeats.uptimePercent(now)),
                round(responseTimes.p95Millis()), indicator(indicators.get("criticalBugs")),
                indicator(indicators.get("messagesPerDay")), indicator(indicators.get("eventsPerMonth")),
                indicator(indicators.get("educationalUsePercent")), reader.balancesWithinLimits(),
                feedback.at(now).satisfiedPercent());
        int stage = reader.currentStage();
        return new Report(stage, metrics, StageGates.evaluate(metrics::named), reader.stageHistory());
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

    /** The answer of GET /api/metrics/stage-gates; {@code history} lists every stage change, oldest first. */
    public record Report(int currentStage, StageMetrics metrics, List<StageGates.GateResult> gates,
                         List<MetricsReader.StageChange> history) {

        /** The gate out of the current stage; null at the last stage. */
        public StageGates.GateResult gateFrom(int stage) {
            return gates.stream().filter(g -> g.from() == stage).findFirst().orElse(null);
        }
    }
}
