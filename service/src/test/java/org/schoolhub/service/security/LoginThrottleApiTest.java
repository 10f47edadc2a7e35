package org.schoolhub.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;

/** Over HTTP: whoever fails logins from one address slows that address down, and nobody else. */
class LoginThrottleApiTest extends ApiTest {

    @Test
    void many_failures_from_one_address_never_lock_the_account_out_for_another_address() {
        Family family = enrol("Lockout");
        ApiClient.Credentials wrong = new ApiClient.Credentials(family.login().username(), "guess-number-x");
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            assertThat(api.getFrom("203.0.113.10", "/api/me", wrong).status()).isEqualTo(401);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(api.getFrom("203.0.113.10", "/api/me", wrong).status()).isEqualTo(429);
        }
        Response attacker = api.getFrom("203.0.113.10", "/api/me", family.login());
        assertThat(attacker.status()).as("the right password from the guessing address waits too").isEqualTo(429);
        assertThat(attacker.json().get("code").asString()).isEqualTo("TOO_MANY_LOGIN_ATTEMPTS");
        assertThat(attacker.header("Retry-After")).isNotNull();

        Response family2 = api.getFrom("198.51.100.20", "/api/me", family.login());
        assertThat(family2.status()).as("the family, from its own address").isEqualTo(200);
    }

    @Test
    void one_address_guessing_many_accounts_is_slowed_down() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            ApiClient.Credentials guess = new ApiClient.Credentials("nobody-" + i + "@example.org", "guess-number-x");
            assertThat(api.getFrom("203.0.113.11", "/api/me", guess).status()).isEqualTo(401);
        }
        Family family = enrol("Spray");
        assertThat(api.getFrom("203.0.113.11", "/api/me", family.login()).status()).isEqualTo(429);
        assertThat(api.getFrom("198.51.100.21", "/api/me", family.login()).status()).isEqualTo(200);
    }
}
