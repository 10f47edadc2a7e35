package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove a child from a family. */
public record RemoveChild(@TargetAggregateIdentifier UUID familyId, UUID childId) {
}
