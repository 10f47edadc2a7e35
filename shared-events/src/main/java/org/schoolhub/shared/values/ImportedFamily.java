package org.schoolhub.shared.values;

import java.util.List;
import java.util.UUID;

/**
 * A family as a Stage-0 import brings it, with its guardians and children: personal data for the
 * vault, never for an event. {@code email} is its contact address (its first guardian's), null
 * when it has no guardian.
 */
public record ImportedFamily(UUID familyId, String name, String email, String address,
                             List<Guardian> guardians, List<Child> children) {

    public ImportedFamily {
        guardians = List.copyOf(guardians);
        children = List.copyOf(children);
    }

    /** A guardian's login; {@code passwordHash} null when it must be reset before a first login. */
    public record Guardian(UUID guardianId, String name, String email, String passwordHash, String phone,
                           String language) {

        @Override
        public String toString() {
            return "Guardian[" + guardianId + "]";
        }
    }

    /** A child; {@code birthYear} null when Stage 0 did not know it. */
    public record Child(UUID childId, String firstName, String lastName, Integer birthYear, String className,
                        String allergies) {

        @Override
        public String toString() {
            return "Child[" + childId + "]";
        }
    }

    /** Personal data stays out of logs. */
    @Override
    public String toString() {
        return "ImportedFamily[" + familyId + ", guardians=" + guardians.size() + ", children=" + children.size() + "]";
    }
}
