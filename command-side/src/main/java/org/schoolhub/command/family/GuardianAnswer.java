package org.schoolhub.command.family;

import java.util.UUID;

/** The answer of POST /api/families/{familyId}/guardians. */
record GuardianAnswer(UUID guardianId) {
}
