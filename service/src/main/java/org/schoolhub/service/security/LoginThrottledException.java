package org.schoolhub.service.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for one account: answered with 429 and Retry-After. */
class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("too many failed logins");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
