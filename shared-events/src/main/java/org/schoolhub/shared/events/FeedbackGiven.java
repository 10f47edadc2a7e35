package org.schoolhub.shared.events;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A family gave a satisfaction score, 1 to 5; its comment, if any, lives with the personal data. */
@Revision("1")
public record FeedbackGiven(UUID communityId, UUID familyId, UUID feedbackId, int score, Instant givenAt) {
}
