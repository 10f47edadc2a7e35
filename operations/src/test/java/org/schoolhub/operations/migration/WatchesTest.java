package org.schoolhub.operations.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WatchesTest {

    @Test
    void worse_by_more_than_twenty_percent_is_degraded() {
        assertThat(Watches.worse(100.0, 120.0)).isFalse();
        assertThat(Watches.worse(100.0, 121.0)).isTrue();
        assertThat(Watches.worse(null, 500.0)).as("nothing to compare").isFalse();
        assertThat(Watches.worse(100.0, null)).isFalse();
    }
}
