package org.schoolhub.query.family;

import org.axonframework.eventhandling.EventHandler;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.support.projection.Timestamps;
import org.schoolhub.shared.events.FamilyEnrolled;
import org.schoolhub.shared.events.FamilyPersonalDataErased;
import org.schoolhub.shared.events.FamilyWithdrawn;

/** The family roster: who is enrolled, withdrawn or erased. Every write is idempotent. */
@Projection(value = FamilyRosterProjection.NAME, tables = {"family_roster"})
class FamilyRosterProjection {

    static final String NAME = "family-roster";

    private final BatchedWrites writes;

    FamilyRosterProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(FamilyEnrolled event) {
        writes.add("""
                insert into family_roster (family_id, community_id, status, enrolled_at)
                values (?, ?, 'ACTIVE', ?) on conflict (family_id) do nothing""",
                event.familyId(), event.communityId(), Timestamps.of(event.enrolledAt()));
    }

    @EventHandler
    void on(FamilyWithdrawn event) {
        writes.add("update family_roster set status = 'WITHDRAWN', withdrawn_at = ? where family_id = ?",
                Timestamps.of(event.withdrawnAt()), event.familyId());
    }

    @EventHandler
    void on(FamilyPersonalDataErased event) {
        writes.add("update family_roster set erased_at = ? where family_id = ?",
                Timestamps.of(event.erasedAt()), event.familyId());
    }
}
