package org.schoolhub.command.grouporder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.schoolhub.command.grouporder.FamilyDirectory.Standing;
import org.schoolhub.shared.commands.OpenGroupOrder;
import org.schoolhub.shared.events.GroupOrderCancelled;
import org.schoolhub.shared.events.GroupOrderConfirmed;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.GroupOrderOpened;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;

/** The fixture every GroupOrder test starts from: a clock that follows fixture time, three families. */
abstract class GroupOrderFixture {

    static final UUID COMMUNITY = UUID.randomUUID();
    static final UUID ORDER = UUID.randomUUID();
    static final UUID DUPONT = UUID.randomUUID();
    static final UUID MARTIN = UUID.randomUUID();
    static final UUID LEFT = UUID.randomUUID();
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant DEADLINE = T0.plus(Duration.ofDays(7));
    static final long PRICE = 2_500;
    static final Duration REMINDER = Duration.ofDays(1);

    AggregateTestFixture<GroupOrder> fixture;
    final Map<UUID, Standing> families = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GroupOrder.class);
        fixture.registerInjectableResource(new FixtureClock());
        fixture.registerInjectableResource(new ReminderSettings(REMINDER));
        fixture.registerInjectableResource((FamilyDirectory) id -> families.getOrDefault(id, Standing.UNKNOWN));
        families.put(DUPONT, Standing.ACTIVE);
        families.put(MARTIN, Standing.ACTIVE);
        families.put(LEFT, Standing.WITHDRAWN);
    }

    static OpenGroupOrder open(String title, long price, long minimum, Instant deadline) {
        return new OpenGroupOrder(ORDER, COMMUNITY, title, price, minimum, deadline);
    }

    static GroupOrderOpened opened(long minimum) {
        return new GroupOrderOpened(COMMUNITY, ORDER, "School sweaters", PRICE, minimum, DEADLINE, T0);
    }

    static GroupOrderLinePlaced placed(UUID family, long quantity) {
        return new GroupOrderLinePlaced(COMMUNITY, ORDER, family, quantity, 0, T0);
    }

    static GroupOrderConfirmed confirmed(long total, boolean atDeadline) {
        return new GroupOrderConfirmed(COMMUNITY, ORDER, total, atDeadline, atDeadline ? DEADLINE : T0);
    }

    static GroupOrderCancelled cancelled(long total, boolean atDeadline) {
        return new GroupOrderCancelled(COMMUNITY, ORDER, total, atDeadline, atDeadline ? DEADLINE : T0);
    }

    static Matcher<Throwable> rejectedWith(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable e) {
                return e instanceof RejectedException rejected && rejected.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RejectedException " + code);
            }
        };
    }

    /** The fixture's own notion of now, so that deadlines and "before the deadline" agree. */
    private final class FixtureClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return fixture.currentTime();
        }
    }
}
