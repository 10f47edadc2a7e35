package org.schoolhub.query.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StageGatesTest {

    private static Map<String, Object> stage0ReadyMetrics() {
        Map<String, Object> metrics = new HashMap<>();
        metrics.put("activeFamilies", 7L);
        metrics.put("criticalBugs", 0L);
        metrics.put("uptimePercent30d", 99.9);
        metrics.put("responseTimeP95Ms", 120.0);
        metrics.put("satisfactionPercent", 80.0);
        return metrics;
    }

    @Test
    void every_cell_of_the_stage_table_is_a_criterion() {
        List<StageGates.GateResult> gates = StageGates.evaluate(Map.of());
        assertThat(gates).extracting(StageGates.GateResult::from).containsExactly(0, 1, 2, 3);
        assertThat(gates).extracting(g -> g.criteria().size()).containsExactly(5, 6, 5, 5);
        assertThat(gates.get(3).criteria()).extracting(StageGates.CriterionResult::metric)
                .containsExactly("activeFamilies", "ordersThisMonth", "educationalUsePercent", "uptimePercent30d",
                        "responseTimeP95Ms");
    }

    @Test
    void a_metric_never_recorded_is_null_and_not_met() {
        Map<String, Object> metrics = stage0ReadyMetrics();
        metrics.put("criticalBugs", null);
        StageGates.GateResult gate = StageGates.evaluate(metrics).get(0);
        StageGates.CriterionResult bugs = gate.criteria().get(1);
        assertThat(bugs.actual()).isNull();
        assertThat(bugs.met()).isFalse();
        assertThat(gate.ready()).isFalse();
    }

    @Test
    void the_first_gate_is_ready_when_all_five_criteria_hold() {
        StageGates.GateResult gate = StageGates.evaluate(stage0ReadyMetrics()).get(0);
        assertThat(gate.ready()).isTrue();
        assertThat(gate.criteria()).allMatch(StageGates.CriterionResult::met);
    }

    @Test
    void comparators_hold_at_their_bounds() {
        Map<String, Object> metrics = stage0ReadyMetrics();
        metrics.put("activeFamilies", 5L);
        metrics.put("responseTimeP95Ms", 500.0);
        StageGates.GateResult gate = StageGates.evaluate(metrics).get(0);
        assertThat(gate.criteria().get(0).met()).as("5 >= 5").isTrue();
        assertThat(gate.criteria().get(3).met()).as("500 < 500").isFalse();
        metrics.put("criticalBugs", 1L);
        assertThat(StageGates.evaluate(metrics).get(0).criteria().get(1).met()).as("1 bug").isFalse();
    }

    @Test
    void the_first_gate_needs_seventy_percent_of_satisfied_families() {
        Map<String, Object> metrics = stage0ReadyMetrics();
        metrics.put("satisfactionPercent", 69.9);
        StageGates.GateResult gate = StageGates.evaluate(metrics).get(0);
        assertThat(gate.criteria().get(4).metric()).isEqualTo("satisfactionPercent");
        assertThat(gate.ready()).isFalse();
        metrics.put("satisfactionPercent", 70.0);
        assertThat(StageGates.evaluate(metrics).get(0).ready()).isTrue();
        metrics.put("satisfactionPercent", null);
        assertThat(StageGates.evaluate(metrics).get(0).ready()).as("nobody answered yet").isFalse();
    }

    @Test
    void balances_within_limits_is_a_yes_or_no_criterion() {
        Map<String, Object> metrics = new HashMap<>(Map.of("balancesWithinLimits", false));
        StageGates.CriterionResult limits = StageGates.evaluate(metrics).get(1).criteria().get(3);
        assertThat(limits.metric()).isEqualTo("balancesWithinLimits");
        assertThat(limits.comparator()).isEqualTo("==");
        assertThat(limits.met()).isFalse();
        metrics.put("balancesWithinLimits", true);
        assertThat(StageGates.evaluate(metrics).get(1).criteria().get(3).met()).isTrue();
    }
}
