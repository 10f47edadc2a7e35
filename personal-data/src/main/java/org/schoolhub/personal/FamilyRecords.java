package org.schoolhub.personal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the read side may show of a family's personal data: its name, e-mail and children. An
 * erased family has no record here, so readers show its personal fields empty.
 */
public interface FamilyRecords {

    record Child(UUID childId, String firstName, int birthYear, String className) {
    }

    record FamilyRecord(UUID familyId, String name, String email, List<Child> children) {
    }

    Optional<FamilyRecord> of(UUID familyId);

    /** Every family's record, keyed by family id. */
    Map<UUID, FamilyRecord> all();

    /** How many families have an e-mail address that starts with this prefix (the demo seeder's own). */
    int countWithEmailPrefix(String prefix);
}
