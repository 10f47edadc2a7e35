package org.schoolhub.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.schoolhub.testing.MovableClock;

/** Failed logins slow down the address that makes them, never the same account elsewhere, and never for long. */
class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String FAMILY = "198.51.100.20";

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void failures_from_one_address_never_lock_the_account_out_for_another_address() {
        for (int i = 0; i < 200; i++) {
            throttle.failed("admin", ATTACKER);
            clock.advance(throttle.waitFor("admin", ATTACKER).orElse(Duration.ZERO)); // each time the delay ends
        }
        throttle.failed("admin", ATTACKER);
        assertThat(throttle.waitFor("admin", ATTACKER)).isPresent();
        assertThat(throttle.waitFor("admin", FAMILY)).as("the same account from elsewhere").isEmpty();
        assertThat(throttle.waitFor("Admin ", FAMILY)).isEmpty();
    }

    @Test
    void an_account_and_address_wait_after_five_failures_with_doubling_delays() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT - 1; i++) {
            throttle.failed("anne@example.org", FAMILY);
        }
        assertThat(throttle.waitFor("anne@example.org", FAMILY)).isEmpty();
        throttle.failed("anne@example.org", FAMILY);
        assertThat(throttle.waitFor("ANNE@example.org", FAMILY)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("anne@example.org", FAMILY)).isEmpty();
        throttle.failed("anne@example.org", FAMILY);
        assertThat(throttle.waitFor("anne@example.org", FAMILY)).contains(Duration.ofSeconds(2));
    }

    @Test
    void the_delay_of_an_account_at_one_address_is_bounded() {
        for (int i = 0; i < 1_000; i++) {
            throttle.failed("admin", ATTACKER);
        }
        assertThat(throttle.waitFor("admin", ATTACKER)).hasValueSatisfying(wait ->
                assertThat(wait).isLessThanOrEqualTo(LoginThrottle.MAX_ACCOUNT_DELAY));
        clock.advance(LoginThrottle.MAX_ACCOUNT_DELAY);
        assertThat(throttle.waitFor("admin", ATTACKER)).isEmpty();
    }

    @Test
    void a_success_clears_the_account_at_that_address() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("anne@example.org", FAMILY);
        }
        clock.advance(Duration.ofSeconds(1));
        throttle.succeeded("anne@example.org", FAMILY);
        throttle.failed("anne@example.org", FAMILY);
        assertThat(throttle.waitFor("anne@example.org", FAMILY)).isEmpty();
    }

    @Test
    void one_address_guessing_many_accounts_is_slowed_down_for_every_account() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            assertThat(throttle.waitFor("family" + i + "@example.org", ATTACKER)).isEmpty();
            throttle.failed("family" + i + "@example.org", ATTACKER);
        }
        assertThat(throttle.waitFor("someone-new@example.org", ATTACKER)).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("someone-new@example.org", FAMILY)).as("other addresses").isEmpty();
    }

    @Test
    void a_guessing_address_waits_at_most_the_address_bound_and_a_success_does_not_clear_it() {
        for (int i = 0; i < 1_000; i++) {
            throttle.failed("family" + i + "@example.org", ATTACKER);
        }
        throttle.succeeded("own-account@example.org", ATTACKER);
        Optional<Duration> wait = throttle.waitFor("other@example.org", ATTACKER);
        assertThat(wait).hasValueSatisfying(w -> assertThat(w).isEqualTo(LoginThrottle.MAX_ADDRESS_DELAY));
        clock.advance(LoginThrottle.MAX_ADDRESS_DELAY);
        assertThat(throttle.waitFor("other@example.org", ATTACKER)).isEmpty();
    }

    @Test
    void failures_are_forgotten_after_a_quiet_while() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS + 10; i++) {
            throttle.failed("admin", ATTACKER);
        }
        clock.advance(LoginThrottle.FORGET_AFTER);
        throttle.failed("admin", ATTACKER);
        assertThat(throttle.waitFor("admin", ATTACKER)).as("counting starts again").isEmpty();
    }
}
