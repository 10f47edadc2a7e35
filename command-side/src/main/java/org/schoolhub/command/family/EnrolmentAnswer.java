package org.schoolhub.command.family;

import java.util.List;
import java.util.UUID;

import org.schoolhub.shared.values.ChildDetails;

/** The answer of POST /api/families: the new family, active, with the ids given to its children. */
record EnrolmentAnswer(UUID familyId, String status, List<Child> children) {

    static EnrolmentAnswer of(UUID familyId, List<ChildDetails> children) {
        return new EnrolmentAnswer(familyId, "ACTIVE", children.stream().map(Child::of).toList());
    }

    /** A child as enrolled. */
    record Child(UUID childId, String firstName, int birthYear, String className) {

        static Child of(ChildDetails child) {
            return new Child(child.childId(), child.firstName(), child.birthYear(), child.className());
        }
    }
}
