package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a family another guardian with its own login. Carries personal data to the vault; never stored. */
public record AddGuardian(@TargetAggregateIdentifier UUID familyId, UUID guardianId, String name, String email,
                          String passwordHash) {

    /** Personal data and the password hash stay out of logs. */
    @Override
    public String toString() {
        return "AddGuardian[familyId=" + familyId + ", guardianId=" + guardianId + "]";
    }
}
