package org.schoolhub.command.migration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.personal.MigrationContacts;
import org.schoolhub.shared.commands.AnnounceStageMigration;
import org.schoolhub.shared.commands.ExecuteStageMigration;
import org.schoolhub.shared.commands.PlanStageMigration;
import org.schoolhub.shared.commands.RollBackStageMigration;
import org.schoolhub.shared.commands.TickMigrationCheck;
import org.schoolhub.shared.events.MigrationCheckTicked;
import org.schoolhub.shared.events.StageMigrationAnnounced;
import org.schoolhub.shared.events.StageMigrationExecuted;
import org.schoolhub.shared.events.StageMigrationPlanned;
import org.schoolhub.shared.events.StageMigrationRolledBack;
import org.schoolhub.shared.values.MigrationFeature;
import org.schoolhub.shared.values.RejectedException;

class StageMigrationTest {

    private static final UUID COMMUNITY = UUID.randomUUID();
    private static final UUID MIGRATION = UUID.randomUUID();
    private static final UUID SNAPSHOT = UUID.randomUUID();
    private static final UUID ROLLBACK = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private static final Instant SATURDAY = Instant.parse("2026-03-21T08:00:00Z");
    private static final List<MigrationFeature> FEATURES = List.of(new MigrationFeature("Annuaire", "trouver"));

    private final Map<UUID, String> contacts = new HashMap<>();
    private AggregateTestFixture<StageMigration> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StageMigration.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new MigrationContacts() {
            @Override
            public void keep(UUID migrationId, UUID communityId, String email) {
                contacts.put(migrationId, email);
            }

            @Override
            public Optional<String> of(UUID migrationId) {
                return Optional.ofNullable(contacts.get(migrationId));
            }
        });
    }

    private static StageMigrationPlanned planned() {
        return new StageMigrationPlanned(COMMUNITY, MIGRATION, 0, 1, SATURDAY, 30, FEATURES, NOW);
    }

    private static StageMigrationExecuted executed(Instant watchUntil) {
        return new StageMigrationExecuted(COMMUNITY, MIGRATION, 0, 1, SNAPSHOT, false, null, List.of(), List.of(),
                120.0, 0.0, NOW, watchUntil);
    }

    @Test
    void planning_keeps_the_contact_out_of_the_event() {
        fixture.givenNoPriorActivity()
                .when(new PlanStageMigration(COMMUNITY, MIGRATION, 0, 1, SATURDAY, 30, "ecole@example.org", FEATURES))
                .expectEvents(planned());
        org.assertj.core.api.Assertions.assertThat(contacts).containsEntry(MIGRATION, "ecole@example.org");
    }

    @Test
    void only_the_next_stage_can_be_planned() {
        fixture.givenNoPriorActivity()
                .when(new PlanStageMigration(COMMUNITY, MIGRATION, 0, 2, SATURDAY, 30, "ecole@example.org", FEATURES))
                .expectException(RejectedException.class);
    }

    @Test
    void a_manual_item_is_ticked_and_an_automatic_one_is_refused() {
        fixture.given(planned()).when(new TickMigrationCheck(COMMUNITY, MIGRATION, "stagingIdentical", true, "same"))
                .expectEvents(new MigrationCheckTicked(COMMUNITY, MIGRATION, "stagingIdentical", true, "same", NOW));
        fixture.given(planned()).when(new TickMigrationCheck(COMMUNITY, MIGRATION, "gateReady", true, null))
                .expectException(RejectedException.class).expectNoEvents();
    }

    @Test
    void the_announcement_is_published_once() {
        fixture.given(planned()).when(new AnnounceStageMigration(COMMUNITY, MIGRATION))
                .expectEvents(new StageMigrationAnnounced(COMMUNITY, MIGRATION, NOW)).expectResultMessagePayload(NOW);
        Instant earlier = NOW.minus(Duration.ofDays(2));
        fixture.given(planned(), new StageMigrationAnnounced(COMMUNITY, MIGRATION, earlier))
                .when(new AnnounceStageMigration(COMMUNITY, MIGRATION)).expectNoEvents()
                .expectResultMessagePayload(earlier);
    }

    @Test
    void execution_with_open_items_needs_an_override_with_a_reason() {
        fixture.given(planned()).when(new ExecuteStageMigration(COMMUNITY, MIGRATION, SNAPSHOT, false, null,
                        List.of("rehearsedThreeTimes"), List.of(), 100.0, 0.0, NOW.plus(Duration.ofHours(48))))
                .expectException(RejectedException.class).expectNoEvents();
        fixture.given(planned()).when(new ExecuteStageMigration(COMMUNITY, MIGRATION, SNAPSHOT, false, null,
                        List.of(), List.of("teamOverloaded"), 100.0, 0.0, NOW.plus(Duration.ofHours(48))))
                .expectException(RejectedException.class).expectNoEvents();
        fixture.given(planned()).when(new ExecuteStageMigration(COMMUNITY, MIGRATION, SNAPSHOT, true, "accepted",
                        List.of("rehearsedThreeTimes"), List.of(), 100.0, 0.0, NOW.plus(Duration.ofHours(48))))
                .expectEvents(new StageMigrationExecuted(COMMUNITY, MIGRATION, 0, 1, SNAPSHOT, true, "accepted",
                        List.of("rehearsedThreeTimes"), List.of(), 100.0, 0.0, NOW, NOW.plus(Duration.ofHours(48))));
    }

    @Test
    void a_migration_is_rolled_back_only_during_its_watch() {
        fixture.given(planned(), executed(NOW.plus(Duration.ofHours(1))))
                .when(new RollBackStageMigration(COMMUNITY, MIGRATION, ROLLBACK, "errors"))
                .expectEvents(new StageMigrationRolledBack(COMMUNITY, MIGRATION, SNAPSHOT, ROLLBACK, "errors", NOW));
        fixture.given(planned(), executed(NOW.minus(Duration.ofMinutes(1))))
                .when(new RollBackStageMigration(COMMUNITY, MIGRATION, ROLLBACK, "late"))
                .expectException(RejectedException.class).expectNoEvents();
        fixture.given(planned()).when(new RollBackStageMigration(COMMUNITY, MIGRATION, ROLLBACK, "never ran"))
                .expectException(RejectedException.class).expectNoEvents();
    }
}
