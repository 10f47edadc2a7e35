package org.schoolhub.shared.commands;

import java.util.List;
import java.util.UUID;

import org.schoolhub.shared.values.ChildDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enrol a family: the Family aggregate and its SEL account are created together, and the
 * enrolment's name, e-mail and password become its first guardian ({@code guardianId}).
 * Carries personal data to the vault; commands are never stored.
 */
public record EnrolFamily(@TargetAggregateIdentifier UUID familyId, UUID communityId, UUID guardianId, String name,
                          String email, String passwordHash, List<ChildDetails> children) {

    public EnrolFamily {
        children = List.copyOf(children);
    }

    /** Personal data and the password hash stay out of logs. */
    @Override
    public String toString() {
        return "EnrolFamily[familyId=" + familyId + ", communityId=" + communityId + ", children=" + children.size() + "]";
    }
}
