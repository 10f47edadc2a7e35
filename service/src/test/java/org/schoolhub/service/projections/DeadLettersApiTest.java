package org.schoolhub.service.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.schoolhub.shared.events.GroupOrderLinePlaced;
import org.schoolhub.shared.events.GroupOrderOpened;
import org.schoolhub.shared.values.Community;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An event a projection cannot handle is parked in the dead-letter queue, with the later events
 * of its aggregate, and the projections go on with everything else; operators see, retry and
 * evict the letters, and health says DEGRADED meanwhile.
 */
class DeadLettersApiTest extends ApiTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    Community community;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void leaveNoLetterBehind() {
        for (JsonNode sequence : api.get("/api/admin/dead-letters", ADMIN).json()) {
            api.delete("/api/admin/dead-letters/" + sequence.get("sequence").asString(), ADMIN);
        }
        jdbc.execute("drop trigger if exists refuse_order_for_dead_letter_test on group_order");
    }

    @Test
    void an_event_that_postgresql_refuses_is_parked_and_every_other_event_goes_on() {
        UUID poisoned = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // a NUL in a title: PostgreSQL refuses to store it, so the group-orders projection fails on it
        append(poisoned, 0, new GroupOrderOpened(community.communityId(), poisoned, "a\u0000b", 2500, 20,
                now.plus(7, ChronoUnit.DAYS), now));
        UUID later = UUID.randomUUID();
        append(poisoned, 1, new GroupOrderLinePlaced(community.communityId(), poisoned, later, 2, 0, now));

        Family family = enrol("Afterwards");
        eventually(() -> assertThat(api.get("/api/families/" + family.id(), ADMIN).status())
                .as("the roster goes on after the poison event").isEqualTo(200));
        eventually(() -> assertThat(api.get("/api/sel/accounts/" + family.id(), ADMIN).status()).isEqualTo(200));

        JsonNode sequence = sequenceOf(poisoned, 2);
        JsonNode first = sequence.get("letters").get(0);
        assertThat(first.get("eventType").asString()).isEqualTo("GroupOrderOpened");
        assertThat(first.get("aggregateId").asString()).isEqualTo(poisoned.toString());
        assertThat(first.get("causeMessage").asString()).isNotBlank().doesNotContain("\u0000");
        assertThat(sequence.get("letters").get(1).get("eventType").asString())
                .as("a later event of the same order waits behind the first").isEqualTo("GroupOrderLinePlaced");

        Response health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(api.get("/actuator/prometheus", ADMIN).body()).containsPattern(
                "(?m)^schoolhub_projection_dead_letters ([2-9]|[1-9][0-9]+)\\.0$");

        JsonNode retried = api.post("/api/admin/dead-letters/" + poisoned + "/retry", Map.of(), ADMIN).json();
        assertThat(retried.get("cleared").asBoolean()).as(retried.toString()).isFalse();
        assertThat(retried.get("left")).hasSize(2);

        JsonNode evicted = api.delete("/api/admin/dead-letters/" + poisoned, ADMIN).json();
        assertThat(evicted.get("evicted").asInt()).isEqualTo(2);
        String expected = api.get("/api/admin/dead-letters", ADMIN).json().isEmpty() ? "UP" : "DEGRADED";
        assertThat(api.get("/actuator/health", null).json().get("status").asString()).isEqualTo(expected);
        assertThat(api.get("/api/admin/dead-letters/" + poisoned + "/retry", ADMIN).status()).isEqualTo(405);
        assertThat(api.post("/api/admin/dead-letters/" + poisoned + "/retry", Map.of(), ADMIN).status())
                .isEqualTo(404);
    }

    @Test
    void a_letter_whose_cause_was_fixed_passes_on_retry() {
        jdbc.execute("""
                create or replace function refuse_order_for_dead_letter_test() returns trigger language plpgsql as $$
                begin
                  if new.title = 'refused for a test' then raise exception 'refused for a test'; end if;
                  return new;
                end $$""");
        jdbc.execute("""
                create trigger refuse_order_for_dead_letter_test before insert on group_order
                   for each row execute function refuse_order_for_dead_letter_test()""");
        Response opened = api.post("/api/group-orders", Map.of("title", "refused for a test", "unitPriceCents", 100,
                "minQuantity", 1, "deadline", Instant.now().plus(3, ChronoUnit.DAYS).toString()), ADMIN);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        UUID order = UUID.fromString(opened.json().get("groupOrderId").asString());
        JsonNode sequence = sequenceOf(order, 1);
        assertThat(sequence.get("letters").get(0).get("causeMessage").asString()).contains("refused for a test");
        assertThat(api.get("/api/group-orders/" + order, ADMIN).status()).isEqualTo(404);

        jdbc.execute("drop trigger refuse_order_for_dead_letter_test on group_order");
        JsonNode retried = api.post("/api/admin/dead-letters/" + order + "/retry", Map.of(), ADMIN).json();

        assertThat(retried.get("cleared").asBoolean()).as(retried.toString()).isTrue();
        assertThat(api.get("/api/group-orders/" + order, ADMIN).json().get("title").asString())
                .isEqualTo("refused for a test");
        assertThat(api.get("/api/admin/dead-letters", ADMIN).json()).noneMatch(
                s -> s.get("sequence").asString().equals(order.toString()));
    }

    /** The dead letters of an aggregate, once there are {@code letters} of them. */
    private JsonNode sequenceOf(UUID aggregate, int letters) {
        JsonNode[] found = new JsonNode[1];
        eventually(() -> {
            JsonNode all = api.get("/api/admin/dead-letters", ADMIN).json();
            found[0] = null;
            all.forEach(s -> {
                if (s.get("sequence").asString().equals(aggregate.toString())) {
                    found[0] = s;
                }
            });
            assertThat(found[0]).as(all.toString()).isNotNull();
            assertThat(found[0].get("letters")).hasSize(letters);
        });
        return found[0];
    }

    private void append(UUID aggregate, long sequence, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("GroupOrder", aggregate.toString(), sequence, event));
    }
}
