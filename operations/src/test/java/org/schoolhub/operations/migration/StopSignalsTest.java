package org.schoolhub.operations.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schoolhub.query.feedback.FeedbackSummary;

class StopSignalsTest {

    @Test
    void families_are_dissatisfied_under_sixty_percent_with_five_answers_at_least() {
        assertThat(StopSignals.usersDissatisfied(new FeedbackSummary.Summary(4, 1.0, 0.0)).active())
                .as("too few answers").isFalse();
        StopSignal low = StopSignals.usersDissatisfied(new FeedbackSummary.Summary(5, 2.6, 40.0));
        assertThat(low.active()).isTrue();
        assertThat(low.detail()).contains("40.0 % satisfied", "5 answers");
        assertThat(StopSignals.usersDissatisfied(new FeedbackSummary.Summary(10, 3.8, 60.0)).active()).isFalse();
    }
}
