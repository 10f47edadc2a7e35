package org.schoolhub.command.grouporder;

import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.schoolhub.shared.events.FamilyEnrolled;
import org.schoolhub.shared.events.FamilyWithdrawn;
import org.springframework.stereotype.Component;

/**
 * Reads a family's standing from its own event stream, the same source of truth the Family
 * aggregate is built from: unlike the roster read model it never lags behind, so a family can
 * order the moment its enrolment is acknowledged. A family stream holds a handful of events.
 */
@Component
class EventStoreFamilyDirectory implements FamilyDirectory {

    private final EventStore eventStore;

    EventStoreFamilyDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Standing standingOf(UUID familyId) {
        Standing standing = Standing.UNKNOWN;
        DomainEventStream events = eventStore.readEvents(familyId.toString());
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (FamilyEnrolled.class.equals(event.getPayloadType())) {
                standing = Standing.ACTIVE;
            } else if (FamilyWithdrawn.class.equals(event.getPayloadType())) {
                standing = Standing.WITHDRAWN;
            }
        }
        return standing;
    }
}
