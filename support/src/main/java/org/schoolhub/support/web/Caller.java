package org.schoolhub.support.web;

import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: the acting user's id (recorded in event metadata), the family it logs in for
 * (null for staff) and its roles. Controllers receive it as a parameter.
 */
public record Caller(UUID userId, String username, UUID familyId, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A family acts only for itself; coordinators act for anyone. */
    public boolean mayActFor(UUID family) {
        return has(Role.COORDINATOR) || (familyId != null && familyId.equals(family));
    }

    public void requireRole(Role role) {
        if (!has(role)) {
            throw new RejectedException(ErrorCode.FORBIDDEN);
        }
    }

    public void requireActingFor(UUID family) {
        if (!mayActFor(family)) {
            throw new RejectedException(ErrorCode.FORBIDDEN);
        }
    }
}
