package org.schoolhub.service.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, by the address it comes from. An account at one client address
 * waits after 5 failed logins in a row, with a delay that doubles at each further failure up to
 * 15 minutes; the same account from another address is not slowed at all, so nobody can lock
 * anyone out by failing on purpose. And one address waits after 30 failures across any accounts,
 * up to a minute, however many accounts it tries: it is kept short because a school's families may
 * share one address. A successful login clears its account at that address (not the address: an
 * attacker's own account must not reset its guessing). Failures are forgotten after an hour of
 * quiet. Kept per node, in memory.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    static final Duration MAX_ACCOUNT_DELAY = Duration.ofMinutes(15);
    static final int FREE_FAILURES_PER_ADDRESS = 30;
    static final Duration MAX_ADDRESS_DELAY = Duration.ofMinutes(1);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final FailureCounts accountsAtAddresses;
    private final FailureCounts addresses;

    @Autowired
    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.accountsAtAddresses = new FailureCounts(FREE_FAILURES_PER_ACCOUNT, MAX_ACCOUNT_DELAY, FORGET_AFTER, clock);
        this.addresses = new FailureCounts(FREE_FAILURES_PER_ADDRESS, MAX_ADDRESS_DELAY, FORGET_AFTER, clock);
    }

    /** How long a login from this address must still wait, if it must. */
    Optional<Duration> waitFor(String login, String address) {
        Optional<Duration> account = accountsAtAddresses.waitFor(key(login, address));
        Optional<Duration> guesser = addresses.waitFor(address);
        if (account.isEmpty()) {
            return guesser;
        }
        return guesser.isPresent() && guesser.get().compareTo(account.get()) > 0 ? guesser : account;
    }

    void failed(String login, String address) {
        accountsAtAddresses.failed(key(login, address));
        addresses.failed(address);
    }

    void succeeded(String login, String address) {
        accountsAtAddresses.cleared(key(login, address));
    }

    private static String key(String login, String address) {
        return login.trim().toLowerCase(Locale.ROOT) + '\u0000' + address;
    }
}
