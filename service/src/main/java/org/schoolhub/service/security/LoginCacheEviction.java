package org.schoolhub.service.security;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.schoolhub.shared.events.FamilyPersonalDataErased;
import org.schoolhub.shared.events.GuardianRemoved;
import org.springframework.stereotype.Component;

/**
 * An erased family's logins, and a removed guardian's, must stop working at once, not when its cached check
 * expires, nor when its cookie sessions do. This
 * handler runs in a subscribing processor, inside the unit of work that erases the data.
 */
@Component
@ProcessingGroup(LoginCacheEviction.GROUP)
class LoginCacheEviction {

    static final String GROUP = "login-cache";

    private final CachedCredentialsAuthenticationProvider credentials;
    private final SessionRevocations sessions;

    LoginCacheEviction(CachedCredentialsAuthenticationProvider credentials, SessionRevocations sessions) {
        this.credentials = credentials;
        this.sessions = sessions;
    }

    @EventHandler
    void on(FamilyPersonalDataErased event) {
        credentials.forgetFamily(event.familyId());
        sessions.revokeFamily(event.familyId());
    }

    @EventHandler
    void on(GuardianRemoved event) {
        credentials.forgetUser(event.guardianId());
        sessions.revokeUser(event.guardianId());
    }
}
