package org.schoolhub.query.family;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A family as GET /api/families shows it; an erased family has its personal fields null and no
 * guardians. {@code email} is the family's contact address: its first guardian's.
 */
record FamilyView(UUID familyId, String name, String email, String status, Instant enrolledAt,
                  List<Guardian> guardians, List<Child> children) {

    /** A guardian: whether it has a password it can log in with, never the hash. */
    record Guardian(UUID guardianId, String name, String email, boolean passwordSet) {
    }

    /** A child of the family; {@code birthYear} null when unknown. */
    record Child(UUID childId, String firstName, Integer birthYear, String className) {
    }
}
