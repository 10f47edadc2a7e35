package org.schoolhub.query.feedback;

import org.axonframework.eventhandling.EventHandler;
import org.schoolhub.shared.events.FeedbackGiven;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.support.projection.Timestamps;

/** Families' satisfaction scores, one row per feedback: handled twice, an event changes nothing. */
@Projection(value = FeedbackProjection.NAME, tables = {"feedback_score"})
class FeedbackProjection {

    static final String NAME = "feedback";

    private final BatchedWrites writes;

    FeedbackProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(FeedbackGiven event) {
        writes.add("""
                insert into feedback_score (feedback_id, family_id, score, given_at) values (?, ?, ?, ?)
                on conflict do nothing""", event.feedbackId(), event.familyId(), event.score(),
                Timestamps.of(event.givenAt()));
    }
}
