package org.schoolhub.command.community;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.shared.commands.AdvanceCommunityStage;
import org.schoolhub.shared.commands.RecordIndicator;
import org.schoolhub.shared.events.CommunityStageAdvanced;
import org.schoolhub.shared.events.IndicatorRecorded;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;

class CommunityProgressTest {

    private static final UUID COMMUNITY = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    private static final UUID SNAPSHOT = UUID.randomUUID();

    private AggregateTestFixture<CommunityProgress> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CommunityProgress.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static CommunityStageAdvanced advanced(int from, int to, boolean ready, String reason) {
        return new CommunityStageAdvanced(COMMUNITY, from, to, ready, !ready, reason, SNAPSHOT, NOW);
    }

    @Test
    void a_ready_gate_advances_a_new_community_from_stage_0_to_1() {
        fixture.givenNoPriorActivity()
                .when(new AdvanceCommunityStage(COMMUNITY, 1, true, false, null, SNAPSHOT))
                .expectEvents(advanced(0, 1, true, null));
    }

    @Test
    void only_the_next_stage_can_be_reached() {
        fixture.given(advanced(0, 1, true, null))
                .when(new AdvanceCommunityStage(COMMUNITY, 3, true, false, null, SNAPSHOT))
                .expectException(RejectedException.class)
                .expectNoEvents();
        fixture.given(advanced(0, 1, true, null))
                .when(new AdvanceCommunityStage(COMMUNITY, 1, true, false, null, SNAPSHOT))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void a_gate_not_met_is_refused_without_override() {
        fixture.givenNoPriorActivity()
                .when(new AdvanceCommunityStage(COMMUNITY, 1, false, false, null, SNAPSHOT))
                .expectExceptionMessage(new RejectedException(ErrorCode.GATE_NOT_MET, 0, 1).getMessage())
                .expectNoEvents();
    }

    @Test
    void an_override_needs_a_reason() {
        fixture.givenNoPriorActivity()
                .when(new AdvanceCommunityStage(COMMUNITY, 1, false, true, "  ", SNAPSHOT))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void an_override_with_a_reason_advances_and_is_marked_overridden() {
        fixture.given(advanced(0, 1, true, null))
                .when(new AdvanceCommunityStage(COMMUNITY, 2, false, true, "pilot classes start early", SNAPSHOT))
                .expectEvents(advanced(1, 2, false, "pilot classes start early"));
    }

    @Test
    void the_last_stage_is_4() {
        fixture.given(advanced(0, 1, true, null), advanced(1, 2, true, null), advanced(2, 3, true, null),
                        advanced(3, 4, true, null))
                .when(new AdvanceCommunityStage(COMMUNITY, 5, true, false, null, SNAPSHOT))
                .expectException(RejectedException.class);
    }

    @Test
    void a_known_indicator_is_recorded_and_an_unknown_one_refused() {
        fixture.givenNoPriorActivity()
                .when(new RecordIndicator(COMMUNITY, "criticalBugs", 0))
                .expectEvents(new IndicatorRecorded(COMMUNITY, "criticalBugs", 0, NOW));
        fixture.givenNoPriorActivity()
                .when(new RecordIndicator(COMMUNITY, "happiness", 3))
                .expectException(RejectedException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordIndicator(COMMUNITY, "educationalUsePercent", 101))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }
}
