package org.schoolhub.shared.values;

import java.util.UUID;

/** A child's personal data: it goes to the vault, never into an event. */
public record ChildDetails(UUID childId, String firstName, int birthYear, String className) {

    /** Personal data stays out of logs. */
    @Override
    public String toString() {
        return "ChildDetails[childId=" + childId + "]";
    }
}
