package org.schoolhub.shared.commands;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A family tells how satisfied it is (1 to 5) and may say why; the comment is personal data. */
public record GiveFeedback(@TargetAggregateIdentifier UUID familyId, UUID feedbackId, int score, String comment) {
}
