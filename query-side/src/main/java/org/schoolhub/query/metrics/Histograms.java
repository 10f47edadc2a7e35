package org.schoolhub.query.metrics;

import java.util.Map;
import java.util.TreeMap;

/** Quantiles from cumulative histogram buckets (upper bound to count of values at or below it). */
final class Histograms {

    private Histograms() {
    }

    static Map<Double, Double> difference(Map<Double, Double> now, Map<Double, Double> before) {
        Map<Double, Double> delta = new TreeMap<>();
        now.forEach((bound, count) -> delta.put(bound, Math.max(0, count - before.getOrDefault(bound, 0d))));
        return delta;
    }

    /**
     * Linear interpolation inside the bucket holding the quantile, like Prometheus'
     * histogram_quantile; null for an empty histogram.
     */
    static Double quantile(double q, Map<Double, Double> cumulative) {
        TreeMap<Double, Double> sorted = new TreeMap<>(cumulative);
        if (sorted.isEmpty() || sorted.lastEntry().getValue() <= 0) {
            return null;
        }
        double rank = q * sorted.lastEntry().getValue();
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : sorted.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound;
                }
                double inBucket = bucket.getValue() - lowerCount;
                double fraction = inBucket <= 0 ? 1 : (rank - lowerCount) / inBucket;
                return lowerBound + (bucket.getKey() - lowerBound) * fraction;
            }
            lowerBound = bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return sorted.lastKey();
    }
}
