package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase a withdrawn family's personal data (GDPR). */
public record ErasePersonalData(@TargetAggregateIdentifier UUID familyId) {
}
