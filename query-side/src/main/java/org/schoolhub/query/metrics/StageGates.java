package org.schoolhub.query.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The stage table of ARCHITECTURE.md, one criterion per cell: a gate is ready when every one of
 * its criteria is met, and a criterion whose metric was never recorded (null) is not met.
 */
public final class StageGates {

    static final List<Gate> TABLE = List.of(
            new Gate(0, 1, List.of(
                    new Criterion("activeFamilies", ">=", 5),
                    new Criterion("criticalBugs", "<=", 0),
                    new Criterion("uptimePercent30d", ">=", 95),
                    new Criterion("responseTimeP95Ms", "<", 500),
                    new Criterion("satisfactionPercent", ">=", 70))),
            new Gate(1, 2, List.of(
                    new Criterion("activeFamilies", ">=", 25),
                    new Criterion("selTransfersThisMonth", ">=", 50),
                    new Criterion("selTransfersTotal", ">=", 100),
                    new Criterion("balancesWithinLimits", "==", true),
                    new Criterion("uptimePercent30d", ">=", 98),
                    new Criterion("responseTimeP95Ms", "<", 300))),
            new Gate(2, 3, List.of(
                    new Criterion("activeFamilies", ">=", 50),
                    new Criterion("messagesPerDay", ">=", 100),
                    new Criterion("eventsPerMonth", ">=", 10),
                    new Criterion("uptimePercent30d", ">=", 99),
                    new Criterion("responseTimeP95Ms", "<", 200))),
            new Gate(3, 4, List.of(
                    new Criterion("activeFamilies", ">=", 80),
                    new Criterion("ordersThisMonth", ">=", 20),
                    new Criterion("educationalUsePercent", ">=", 50),
                    new Criterion("uptimePercent30d", ">=", 99.5),
                    new Criterion("responseTimeP95Ms", "<", 150))));

    private StageGates() {
    }

    /** The gates against metrics given by name, as a map or as {@link StageMetrics#named}. */
    public static List<GateResult> evaluate(Map<String, ?> metrics) {
        return evaluate(metrics::get);
    }

    public static List<GateResult> evaluate(Function<String, Object> metrics) {
        List<GateResult> results = new ArrayList<>();
        for (Gate gate : TABLE) {
            List<CriterionResult> criteria = gate.criteria().stream()
                    .map(c -> new CriterionResult(c.metric(), c.target(), c.comparator(), metrics.apply(c.metric()),
                            c.isMetBy(metrics.apply(c.metric()))))
                    .toList();
            results.add(new GateResult(gate.from(), gate.to(), criteria.stream().allMatch(CriterionResult::met),
                    criteria));
        }
        return results;
    }

    /** One gate of the table. */
    record Gate(int from, int to, List<Criterion> criteria) {
    }

    /** One cell of the table: metric, comparator, target. */
    record Criterion(String metric, String comparator, Object target) {

        boolean isMetBy(Object actual) {
            if (actual == null) {
                return false;
            }
            if (target instanceof Boolean expected) {
                return expected.equals(actual);
            }
            double value = ((Number) actual).doubleValue();
            double goal = ((Number) target).doubleValue();
            return switch (comparator) {
                case ">=" -> value >= goal;
                case "<=" -> value <= goal;
                case "<" -> value < goal;
                case ">" -> value > goal;
                default -> value == goal;
            };
        }
    }

    /** A gate as the API shows it. */
    public record GateResult(int from, int to, boolean ready, List<CriterionResult> criteria) {
    }

    /** A criterion as the API shows it. */
    public record CriterionResult(String metric, Object target, String comparator, Object actual, boolean met) {
    }
}
