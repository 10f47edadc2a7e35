package org.schoolhub.service.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.schoolhub.support.web.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Where a cookie session keeps its login: in the servlet session, which only {@code POST
 * /api/session} creates (HTTP Basic never does). A session lives at most {@link #MAX_AGE} however
 * busy it is, and ends at once when its login was revoked after it began.
 */
@Component
class SessionSecurityContexts implements SecurityContextRepository {

    static final Duration MAX_AGE = Duration.ofHours(12);
    private static final String STARTED = SessionSecurityContexts.class.getName() + ".started";

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final SessionRevocations revocations;

    SessionSecurityContexts(SessionRevocations revocations) {
        this.revocations = revocations;
        sessions.setAllowSessionCreation(false);
    }

    /** Starts a fresh session for this login (a session the client had before is dropped: no fixation). */
    void start(Authentication login, HttpServletRequest request, HttpServletResponse response) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(STARTED, revocations.now());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(login);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = sessions.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return valid(stored.get(), request);
            }

            @Override
            public boolean isGenerated() {
                return stored.isGenerated();
            }
        };
    }

    private SecurityContext valid(SecurityContext context, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentication login = context.getAuthentication();
        if (session == null || login == null || !(login.getPrincipal() instanceof Caller caller)) {
            return context;
        }
        Instant started = (Instant) session.getAttribute(STARTED);
        if (started == null || started.plus(MAX_AGE).isBefore(revocations.now()) || revocations.revoked(caller, started)) {
            session.invalidate();
            return SecurityContextHolder.createEmptyContext();
        }
        return context;
    }

    @Override
    @SuppressWarnings("deprecation") // the interface still requires it; loadDeferredContext is what the filters call
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        sessions.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request);
    }
}
