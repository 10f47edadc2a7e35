package org.schoolhub.support.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** The aggregate cache keeps at most its bound of entries, strongly, and lets go of the least recently used. */
class BoundedAggregateCacheTest {

    private final BoundedAggregateCache cache = new BoundedAggregateCache(2);

    @Test
    void holds_entries_up_to_its_bound() {
        cache.put("a", "ledger a");
        cache.put("b", "ledger b");

        assertThat(cache.<String, String>get("a")).isEqualTo("ledger a");
        assertThat(cache.<String, String>get("b")).isEqualTo("ledger b");
    }

    @Test
    void beyond_its_bound_the_least_recently_used_entry_goes() {
        cache.put("a", "ledger a");
        cache.put("b", "ledger b");
        cache.get("a");

        cache.put("c", "ledger c");

        assertThat(cache.containsKey("b")).as("least recently used").isFalse();
        assertThat(cache.containsKey("a")).as("read since").isTrue();
        assertThat(cache.containsKey("c")).isTrue();
    }

    @Test
    void an_entry_survives_garbage_collection() {
        cache.put("a", new Object());
        System.gc();

        assertThat(cache.<String, Object>get("a")).isNotNull();
    }

    @Test
    void put_if_absent_keeps_the_first_value_and_says_whether_it_stored() {
        assertThat(cache.putIfAbsent("a", "first")).isTrue();
        assertThat(cache.putIfAbsent("a", "second")).isFalse();

        assertThat(cache.<String, String>get("a")).isEqualTo("first");
    }

    @Test
    void remove_and_remove_all_forget_entries() {
        cache.put("a", "ledger a");
        cache.put("b", "ledger b");

        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        assertThat(cache.containsKey("a")).isFalse();
        cache.removeAll();
        assertThat(cache.containsKey("b")).isFalse();
    }

    @Test
    void compute_if_present_updates_only_an_entry_that_is_there() {
        cache.put("a", 1);
        UnaryOperator<Integer> increment = value -> value + 1;

        cache.computeIfPresent("a", increment);
        cache.computeIfPresent("absent", increment);

        assertThat(cache.<String, Integer>get("a")).isEqualTo(2);
        assertThat(cache.containsKey("absent")).isFalse();
    }
}
