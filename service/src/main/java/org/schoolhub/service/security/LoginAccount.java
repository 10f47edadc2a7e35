package org.schoolhub.service.security;

import java.util.Set;
import java.util.UUID;

import org.schoolhub.support.web.Caller;
import org.schoolhub.support.web.Role;

/**
 * Someone who can log in, with the hash their password is checked against (null: none yet, so no
 * password matches). A guardian's user id is its guardian id.
 */
record LoginAccount(UUID userId, String username, UUID familyId, String passwordHash, Set<Role> roles) {

    Caller caller() {
        return new Caller(userId, username, familyId, roles);
    }

    @Override
    public String toString() {
        return "LoginAccount[" + userId + "]";
    }
}
