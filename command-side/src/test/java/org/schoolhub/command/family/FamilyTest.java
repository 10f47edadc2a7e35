package org.schoolhub.command.family;

import org.schoolhub.personal.PersonalDataVault;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.shared.commands.AddChild;
import org.schoolhub.shared.commands.ErasePersonalData;
import org.schoolhub.shared.commands.RemoveChild;
import org.schoolhub.shared.events.ChildAdded;
import org.schoolhub.shared.events.ChildRemoved;
import org.schoolhub.shared.events.FamilyEnrolled;
import org.schoolhub.shared.events.FamilyPersonalDataErased;
import org.schoolhub.shared.events.FamilyWithdrawn;
import org.schoolhub.shared.values.ChildDetails;
import org.schoolhub.shared.values.ErrorCode;

class FamilyTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final UUID COMMUNITY = UUID.randomUUID();
    static final UUID FAMILY = UUID.randomUUID();

    FixtureConfiguration<Family> fixture;
    PersonalDataVault vault;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Family.class);
        vault = mock(PersonalDataVault.class);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void a_child_is_added_with_its_details_in_the_vault_only() {
        UUID child = UUID.randomUUID();
        ChildDetails details = new ChildDetails(child, "Léa", 2017, "P3");
        fixture.given(new FamilyEnrolled(COMMUNITY, FAMILY, NOW))
                .when(new AddChild(FAMILY, details))
                .expectEvents(new ChildAdded(COMMUNITY, FAMILY, child, NOW));
        verify(vault).addChild(FAMILY, details);
    }

    @Test
    void at_most_twelve_children() {
        Object[] given = new Object[13];
        given[0] = new FamilyEnrolled(COMMUNITY, FAMILY, NOW);
        for (int i = 1; i <= 12; i++) {
            given[i] = new ChildAdded(COMMUNITY, FAMILY, UUID.randomUUID(), NOW);
        }
        fixture.given(given)
                .when(new AddChild(FAMILY, new ChildDetails(UUID.randomUUID(), "Thirteen", 2018, null)))
                .expectNoEvents()
                .expectExceptionMessage(Matchers.containsString(ErrorCode.VALIDATION_FAILED.name()));
    }

    @Test
    void only_a_known_child_is_removed() {
        UUID child = UUID.randomUUID();
        fixture.given(new FamilyEnrolled(COMMUNITY, FAMILY, NOW), new ChildAdded(COMMUNITY, FAMILY, child, NOW))
                .when(new RemoveChild(FAMILY, child))
                .expectEvents(new ChildRemoved(COMMUNITY, FAMILY, child, NOW));
        fixture.given(new FamilyEnrolled(COMMUNITY, FAMILY, NOW))
                .when(new RemoveChild(FAMILY, UUID.randomUUID()))
                .expectNoEvents()
                .expectExceptionMessage(Matchers.containsString(ErrorCode.NOT_FOUND.name()));
    }

    @Test
    void a_withdrawn_family_adds_no_children() {
        fixture.given(new FamilyEnrolled(COMMUNITY, FAMILY, NOW), new FamilyWithdrawn(COMMUNITY, FAMILY, NOW))
                .when(new AddChild(FAMILY, new ChildDetails(UUID.randomUUID(), "Late", 2019, null)))
                .expectNoEvents()
                .expectExceptionMessage(Matchers.containsString(ErrorCode.FAMILY_WITHDRAWN.name()));
    }

    @Test
    void personal_data_is_erased_only_after_withdrawal_and_only_once() {
        fixture.given(new FamilyEnrolled(COMMUNITY, FAMILY, NOW))
                .when(new ErasePersonalData(FAMILY))
                .expectNoEvents()
                .expectExceptionMessage(Matchers.containsString(ErrorCode.FAMILY_NOT_WITHDRAWN.name()));
        verify(vault, never()).erase(FAMILY);

        fixture.given(new FamilyEnrolled(COMMUNITY, FAMILY, NOW), new FamilyWithdrawn(COMMUNITY, FAMILY, NOW))
                .when(new ErasePersonalData(FAMILY))
                .expectEvents(new FamilyPersonalDataErased(COMMUNITY, FAMILY, NOW));
        verify(vault).erase(FAMILY);

        fixture.given(new FamilyEnrolled(COMMUNITY, FAMILY, NOW), new FamilyWithdrawn(COMMUNITY, FAMILY, NOW),
                        new FamilyPersonalDataErased(COMMUNITY, FAMILY, NOW))
                .when(new ErasePersonalData(FAMILY))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }
}
