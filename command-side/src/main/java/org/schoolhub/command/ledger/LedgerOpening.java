package org.schoolhub.command.ledger;

import java.time.Clock;
import java.util.UUID;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Finds a community's ledger, opening it with the community's first enrolment. */
@Component
public class LedgerOpening {

    private final Repository<Ledger> ledgers;
    private final Clock clock;

    LedgerOpening(Repository<Ledger> ledgers, Clock clock) {
        this.ledgers = ledgers;
        this.clock = clock;
    }

    /** Within one unit of work the repository returns the instance it already manages. */
    public Aggregate<Ledger> loadOrOpen(UUID communityId) throws Exception {
        try {
            return ledgers.load(communityId.toString());
        } catch (AggregateNotFoundException e) {
            return ledgers.newInstance(() -> new Ledger(communityId, clock.instant()));
        }
    }

    public Aggregate<Ledger> load(UUID communityId) {
        return ledgers.load(communityId.toString());
    }
}
