package org.schoolhub.shared.commands;

import java.util.UUID;

import org.schoolhub.shared.values.ChildDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a child for a family. */
public record AddChild(@TargetAggregateIdentifier UUID familyId, ChildDetails child) {
}
