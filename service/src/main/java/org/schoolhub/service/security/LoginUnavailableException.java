package org.schoolhub.service.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/** The accounts could not be read (the database is down): a 503, not a wrong password. */
class LoginUnavailableException extends AuthenticationServiceException {

    LoginUnavailableException(Throwable cause) {
        super("accounts unavailable", cause);
    }
}
