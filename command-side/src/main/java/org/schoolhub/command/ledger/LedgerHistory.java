package org.schoolhub.command.ledger;

import java.util.List;
import java.util.UUID;

/**
 * The ledger's own events after a sequence number, oldest first, including those the current
 * unit of work has applied but not yet committed: what a rollback undoes.
 */
public interface LedgerHistory {

    List<Sequenced> eventsAfter(UUID communityId, long sequence);

    /** One event's payload and its sequence number in the ledger. */
    record Sequenced(long sequence, Object event) {
    }
}
