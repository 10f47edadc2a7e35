package org.schoolhub.command.family;

import java.util.UUID;

/** The answer of POST /api/families/{familyId}/withdrawal. */
record Withdrawal(UUID familyId, String status) {

    static Withdrawal of(UUID familyId) {
        return new Withdrawal(familyId, "WITHDRAWN");
    }
}
