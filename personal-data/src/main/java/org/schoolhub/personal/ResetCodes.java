package org.schoolhub.personal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One-time codes that let a guardian set a new password without the old one. Only a digest of a
 * code is stored; the code itself is shown once, to the coordinator who issued it.
 */
public interface ResetCodes {

    /** The code to hand over, and when it stops working. */
    record IssuedCode(String code, Instant expiresAt) {

        @Override
        public String toString() {
            return "IssuedCode[expiresAt=" + expiresAt + "]";
        }
    }

    /**
     * Issues a new code for that guardian of that family, replacing any earlier one;
     * NOT_FOUND when the guardian is not one of that family's.
     */
    IssuedCode issue(UUID familyId, UUID guardianId, Instant now, Instant expiresAt);

    /**
     * Uses up the code of the guardian with that e-mail, if it is that code and not expired, and
     * sets the new password hash; the guardian's id, or empty when the code does not open it.
     */
    Optional<UUID> redeem(String email, String code, String newPasswordHash, Instant now);
}
