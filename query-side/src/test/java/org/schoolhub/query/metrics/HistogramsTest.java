package org.schoolhub.query.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class HistogramsTest {

    @Test
    void the_95th_percentile_interpolates_inside_its_bucket() {
        // 100 requests: 90 at or below 10 ms, 10 between 10 and 110 ms
        Map<Double, Double> cumulative = new TreeMap<>(Map.of(10d, 90d, 110d, 100d, Double.POSITIVE_INFINITY, 100d));
        assertThat(Histograms.quantile(0.95, cumulative)).isCloseTo(60d, within(0.001));
    }

    @Test
    void only_the_requests_of_the_window_count() {
        Map<Double, Double> before = Map.of(10d, 1000d, 500d, 1000d, Double.POSITIVE_INFINITY, 1000d);
        Map<Double, Double> now = Map.of(10d, 1000d, 500d, 1100d, Double.POSITIVE_INFINITY, 1100d);
        Double p95 = Histograms.quantile(0.95, Histograms.difference(now, before));
        assertThat(p95).as("all 100 recent requests were slow").isGreaterThan(400d);
    }

    @Test
    void no_requests_means_no_figure() {
        assertThat(Histograms.quantile(0.95, Map.of())).isNull();
        assertThat(Histograms.quantile(0.95, Map.of(10d, 0d))).isNull();
    }

    @Test
    void requests_above_the_largest_bucket_read_as_that_bucket() {
        Map<Double, Double> cumulative = Map.of(10d, 1d, Double.POSITIVE_INFINITY, 100d);
        assertThat(Histograms.quantile(0.95, cumulative)).isEqualTo(10d);
    }
}
