package org.schoolhub.query.metrics;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.shared.events.FamilyEnrolled;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.events.SelTransferReversed;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.MetadataKeys;

/**
 * Who was active on which day: a family that paid or was paid (whoever entered the transfer),
 * placed a group-order line, or issued any command itself (the actor in the event metadata is
 * the user id, which for a member is its family id). One row per (actor, day): idempotent.
 * A transfer's part is kept per transfer, so that its reversal takes it back, and the re-bookings
 * of a rollback (compensations, not families acting) count for nobody.
 */
@Projection(value = ActivityProjection.NAME, tables = {"metric_activity", "metric_family", "metric_transfer_activity",
        "metric_reversed_transfer"})
class ActivityProjection {

    static final String NAME = "metric-activity";

    private static final String ACTIVE = """
            insert into metric_activity (actor_id, day) values (?, ?) on conflict do nothing""";

    private final BatchedWrites writes;
    private final Community community;

    ActivityProjection(BatchedWrites writes, Community community) {
        this.writes = writes;
        this.community = community;
    }

    @EventHandler
    void on(FamilyEnrolled event, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        writes.add("insert into metric_family (family_id) values (?) on conflict do nothing", event.familyId());
        actor(actor, event.enrolledAt());
    }

    @EventHandler
    void on(SelTransferCompleted event, @MetaDataValue(MetadataKeys.ACTOR) String actor,
            @MetaDataValue(MetadataKeys.ROLLBACK_SNAPSHOT) String rollbackSnapshot) {
        if (rollbackSnapshot != null) {
            return;
        }
        tookPart(event.transferId(), event.from(), event.bookedAt());
        tookPart(event.transferId(), event.to(), event.bookedAt());
        userId(actor).ifPresent(user -> tookPart(event.transferId(), user, event.bookedAt()));
    }

    /** Whoever entered the reversal, the reversed transfer no longer makes anyone active. */
    @EventHandler
    void on(SelTransferReversed event) {
        writes.add("insert into metric_reversed_transfer (transfer_id) values (?) on conflict do nothing",
                event.originalTransferId());
        writes.add("delete from metric_transfer_activity where transfer_id = ?", event.originalTransferId());
    }

    @EventHandler
    void on(GroupOrderLinePlaced event, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        active(event.familyId(), event.placedAt());
        actor(actor, event.placedAt());
    }

    /** Every other event counts for the one who caused it. */
    @EventHandler
    void on(Object event, @MetaDataValue(MetadataKeys.ACTOR) String actor, @Timestamp Instant timestamp) {
        actor(actor, MetricTime.of(event, timestamp));
    }

    private void actor(String actor, Instant at) {
        userId(actor).ifPresent(user -> active(user, at));
    }

    private static Optional<UUID> userId(String actor) {
        if (actor == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(actor));
        } catch (IllegalArgumentException notAUserId) {
            // events caused by the system itself (a deadline, a replay) name no user
            return Optional.empty();
        }
    }

    private void tookPart(UUID transferId, UUID family, Instant at) {
        writes.add("""
                insert into metric_transfer_activity (transfer_id, family_id, day)
                select ?, ?, ? where not exists (select 1 from metric_reversed_transfer where transfer_id = ?)
                on conflict do nothing""", transferId, family, MetricTime.day(at, community.zone()), transferId);
    }

    private void active(UUID id, Instant at) {
        writes.addOnce(ACTIVE, id, MetricTime.day(at, community.zone()));
    }
}
