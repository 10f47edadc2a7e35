package org.schoolhub.query.family;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A family as GET /api/families shows it; an erased family has its personal fields null. */
record FamilyView(UUID familyId, String name, String email, String status, Instant enrolledAt, List<Child> children) {

    /** A child of the family. */
    record Child(UUID childId, String firstName, int birthYear, String className) {
    }
}
