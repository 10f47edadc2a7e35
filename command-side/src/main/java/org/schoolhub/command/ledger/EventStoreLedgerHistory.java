package org.schoolhub.command.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads the ledger's events from Axon's event store, which adds the events staged in the current
 * unit of work to those committed: a command sees every booking of its group that came before it.
 */
@Component
class EventStoreLedgerHistory implements LedgerHistory {

    private final EventStore eventStore;

    EventStoreLedgerHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public List<Sequenced> eventsAfter(UUID communityId, long sequence) {
        DomainEventStream stream = eventStore.readEvents(communityId.toString(), sequence + 1);
        List<Sequenced> events = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            events.add(new Sequenced(event.getSequenceNumber(), event.getPayload()));
        }
        return events;
    }
}
