package org.schoolhub.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.schoolhub.support.web.Caller;
import org.springframework.stereotype.Component;

/**
 * Logins whose sessions must end before their time: a guardian removed or given a new password,
 * a family erased. A session started before its user's (or family's) revocation is dropped on its
 * next request. Sessions live in this node's memory (see {@link SessionSecurityContexts}), so the
 * revocations do too; one older than the longest a session may live can no longer matter.
 */
@Component
class SessionRevocations {

    private final Clock clock = Clock.systemUTC();
    private final Map<UUID, Instant> users = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> families = new ConcurrentHashMap<>();

    Instant now() {
        return clock.instant();
    }

    void revokeUser(UUID userId) {
        users.put(userId, prune(now()));
    }

    void revokeFamily(UUID familyId) {
        families.put(familyId, prune(now()));
    }

    /** Whether a session of that caller, started at {@code since}, was revoked after it began. */
    boolean revoked(Caller caller, Instant since) {
        Instant user = users.get(caller.userId());
        Instant family = caller.familyId() == null ? null : families.get(caller.familyId());
        return (user != null && !user.isBefore(since)) || (family != null && !family.isBefore(since));
    }

    private Instant prune(Instant now) {
        Instant forgotten = now.minus(SessionSecurityContexts.MAX_AGE).minus(Duration.ofMinutes(1));
        users.values().removeIf(at -> at.isBefore(forgotten));
        families.values().removeIf(at -> at.isBefore(forgotten));
        return now;
    }
}
