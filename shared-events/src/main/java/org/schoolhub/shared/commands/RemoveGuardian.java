package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove one of a family's guardians, and its login with it; never the last one. */
public record RemoveGuardian(@TargetAggregateIdentifier UUID familyId, UUID guardianId) {
}
