package org.schoolhub.personal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the read side may show of a family's personal data: its name, contact e-mail, guardians
 * and children. An erased family has no record here, so readers show its personal fields empty.
 */
public interface FamilyRecords {

    /** A child; {@code birthYear} null when unknown (e.g. after an import). */
    record Child(UUID childId, String firstName, Integer birthYear, String className) {
    }

    /** A guardian, without its password hash: only whether it has one it can log in with. */
    record Guardian(UUID guardianId, String name, String email, boolean passwordSet) {
    }

    record FamilyRecord(UUID familyId, String name, String email, List<Guardian> guardians, List<Child> children) {
    }

    Optional<FamilyRecord> of(UUID familyId);

    /** Every family's record, keyed by family id. */
    Map<UUID, FamilyRecord> all();

    /** The names of the families listed in the directory (those that did not hide themselves), by family id. */
    Map<UUID, String> listedNames();

    /** The names of these families, by family id; an erased family is absent from the answer. */
    Map<UUID, String> names(Collection<UUID> familyIds);

    /** How many families have an e-mail address that starts with this prefix (the demo seeder's own). */
    int countWithEmailPrefix(String prefix);
}
