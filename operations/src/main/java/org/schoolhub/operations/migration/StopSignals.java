package org.schoolhub.operations.migration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.schoolhub.query.feedback.FeedbackSummary;
import org.schoolhub.query.metrics.MetricsReader;
import org.schoolhub.query.metrics.ResponseTimes;
import org.schoolhub.query.migration.StageMigrations;
import org.springframework.stereotype.Component;

/**
 * The stop signals of the stage rules (API.md, Stage migrations), each from the facts the
 * service has: families' feedback, indicators coordinators report and the response times it measures.
 */
@Component
class StopSignals {

    static final double DEGRADED_RATIO = 1.2;
    static final long MIN_ANSWERS = 5;
    static final double SATISFIED_PERCENT = 60;

    private final MetricsReader metrics;
    private final ResponseTimes responseTimes;
    private final StageMigrations migrations;
    private final FeedbackSummary feedback;
    private final Clock clock;

    StopSignals(MetricsReader metrics, ResponseTimes responseTimes, StageMigrations migrations,
                FeedbackSummary feedback, Clock clock) {
        this.metrics = metrics;
        this.responseTimes = responseTimes;
        this.migrations = migrations;
        this.feedback = feedback;
        this.clock = clock;
    }

    List<StopSignal> now() {
        Map<String, Double> indicators = metrics.indicators();
        List<StopSignal> signals = new ArrayList<>();
        signals.add(usersDissatisfied(feedback.at(clock.instant())));
        signals.add(criticalBugs(indicators.get("criticalBugs")));
        signals.add(performanceDegraded());
        signals.add(budgetExceeded(indicators.get("monthlyCostCents"), indicators.get("budgetCents")));
        signals.add(teamOverloaded(indicators.get("teamOverloaded")));
        return signals;
    }

    /** The active ones, by name. */
    static List<String> active(List<StopSignal> signals) {
        return signals.stream().filter(StopSignal::active).map(StopSignal::signal).toList();
    }

    static StopSignal usersDissatisfied(FeedbackSummary.Summary summary) {
        if (summary.answers30d() < MIN_ANSWERS) {
            return new StopSignal("usersDissatisfied", false, summary.answers30d() + " answers in 30 days; "
                    + MIN_ANSWERS + " needed to judge");
        }
        boolean dissatisfied = summary.satisfiedPercent() < SATISFIED_PERCENT;
        return new StopSignal("usersDissatisfied", dissatisfied, summary.satisfiedPercent() + " % satisfied ("
                + summary.answers30d() + " answers in 30 days, average " + summary.averageScore() + "); stop under "
                + (int) SATISFIED_PERCENT + " %");
    }

    private static StopSignal criticalBugs(Double bugs) {
        if (bugs == null) {
            return new StopSignal("criticalBugs", false, "no critical bug count reported yet");
        }
        return new StopSignal("criticalBugs", bugs > 0, whole(bugs) + " critical bugs reported");
    }

    private StopSignal performanceDegraded() {
        Double now = responseTimes.p95Millis();
        Double atAdvance = migrations.lastExecuted().map(StageMigrations.Migration::p95BeforeMs).orElse(null);
        if (now == null || atAdvance == null) {
            return new StopSignal("performanceDegraded", false, "p95 now " + millis(now) + ", at the last stage advance "
                    + millis(atAdvance) + ": nothing to compare");
        }
        boolean degraded = Watches.worse(atAdvance, now);
        return new StopSignal("performanceDegraded", degraded, "p95 of the last 24 h " + millis(now)
                + ", at the last stage advance " + millis(atAdvance) + "; degraded above " + millis(atAdvance * DEGRADED_RATIO));
    }

    private static StopSignal budgetExceeded(Double cost, Double budget) {
        if (cost == null || budget == null) {
            return new StopSignal("budgetExceeded", false, "monthlyCostCents " + whole(cost) + ", budgetCents "
                    + whole(budget) + ": both must be reported");
        }
        return new StopSignal("budgetExceeded", cost > budget, "monthly cost " + whole(cost) + " cents, budget "
                + whole(budget) + " cents");
    }

    private static StopSignal teamOverloaded(Double overloaded) {
        boolean active = overloaded != null && overloaded == 1;
        return new StopSignal("teamOverloaded", active, overloaded == null ? "teamOverloaded not reported"
                : "teamOverloaded reported as " + whole(overloaded));
    }

    private static String whole(Double value) {
        return value == null ? "not reported" : value == Math.rint(value) ? Long.toString(value.longValue())
                : value.toString();
    }

    private static String millis(Double value) {
        return value == null ? "unknown" : Math.round(value) + " ms";
    }
}
