package org.schoolhub.service.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests the CSRF check applies to: state-changing ones that ride on a live session cookie. */
final class SessionRequests {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private SessionRequests() {
    }

    static boolean stateChanging(HttpServletRequest request) {
        return !SAFE.contains(request.getMethod()) && hasLiveSession(request);
    }

    static boolean hasLiveSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && request.isRequestedSessionIdValid();
    }
}
