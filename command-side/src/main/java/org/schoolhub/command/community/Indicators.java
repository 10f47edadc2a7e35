package org.schoolhub.command.community;

import java.util.Map;

import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;

/** The indicators a coordinator may report (API.md, Metrics) and the range of each. */
final class Indicators {

    private static final Map<String, Double> MAXIMUM = Map.of(
            "criticalBugs", 1_000_000d,
            "messagesPerDay", 1_000_000_000d,
            "eventsPerMonth", 1_000_000d,
            "educationalUsePercent", 100d,
            // the stop signals' indicators: cost and budget in euro cents, an overloaded team as 1
            "monthlyCostCents", 1_000_000_000d,
            "budgetCents", 1_000_000_000d,
            "teamOverloaded", 1d);

    private Indicators() {
    }

    static boolean known(String name) {
        return name != null && MAXIMUM.containsKey(name);
    }

    static void check(String name, double value) {
        if (!known(name)) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "name",
                    "must be one of " + String.join(", ", MAXIMUM.keySet().stream().sorted().toList()));
        }
        if (!Double.isFinite(value) || value < 0 || value > MAXIMUM.get(name)) {
            throw new RejectedException(ErrorCode.VALIDATION_FAILED, "value",
                    "must be between 0 and " + MAXIMUM.get(name).longValue());
        }
    }
}
