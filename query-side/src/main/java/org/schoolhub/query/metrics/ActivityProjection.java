package org.schoolhub.query.metrics;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.schoolhub.support.projection.BatchedWrites;
import org.schoolhub.support.projection.Projection;
import org.schoolhub.shared.events.FamilyEnrolled;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.SelTransferCompleted;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.MetadataKeys;

/**
 * Who was active on which day: a family that paid or was paid (whoever entered the transfer),
 * placed a group-order line, or issued any command itself (the actor in the event metadata is
 * the user id, which for a member is its family id). One row per (actor, day): idempotent.
 */
@Projection(value = ActivityProjection.NAME, tables = {"metric_activity", "metric_family"})
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
    void on(SelTransferCompleted event, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        active(event.from(), event.bookedAt());
        active(event.to(), event.bookedAt());
        actor(actor, event.bookedAt());
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
        if (actor != null) {
            try {
                active(UUID.fromString(actor), at);
            } catch (IllegalArgumentException notAUserId) {
                // events caused by the system itself (a deadline, a replay) name no user
            }
        }
    }

    private void active(UUID id, Instant at) {
        writes.addOnce(ACTIVE, id, MetricTime.day(at, community.zone()));
    }
}
