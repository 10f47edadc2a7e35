package org.schoolhub.personal;

import java.util.Optional;
import java.util.UUID;

/** The families' logins: an e-mail address (compared case-insensitively) and a password hash. */
public interface Logins {

    record FamilyLogin(UUID familyId, String login, String passwordHash) {
    }

    Optional<FamilyLogin> byLogin(String login);
}
