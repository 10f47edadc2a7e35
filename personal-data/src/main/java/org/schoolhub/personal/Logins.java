package org.schoolhub.personal;

import java.util.Optional;
import java.util.UUID;

/**
 * The families' logins: one per guardian, an e-mail address (compared case-insensitively) and a
 * password hash, null when the guardian must have its password reset before it can log in.
 */
public interface Logins {

    record FamilyLogin(UUID familyId, UUID guardianId, String login, String passwordHash) {

        @Override
        public String toString() {
            return "FamilyLogin[" + guardianId + "]";
        }
    }

    Optional<FamilyLogin> byLogin(String login);

    /** That guardian's login, by its id. */
    Optional<FamilyLogin> byGuardian(UUID guardianId);
}
