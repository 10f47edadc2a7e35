package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Credentials;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class GroupOrderApiTest extends ApiTest {

    private static final long PRICE = 2_500;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void closed_by_hand_an_order_above_its_minimum_is_confirmed_and_one_below_it_cancelled() {
        Family dupont = enrol("Dupont");
        Family martin = enrol("Martin");
        String above = open("Sweaters", 3, Instant.now().plus(Duration.ofDays(1)));
        String below = open("Caps", 5, Instant.now().plus(Duration.ofDays(1)));
        assertThat(setLine(above, dupont, 2, dupont.login()).json().get("totalQuantity").asLong()).isEqualTo(2);
        assertThat(setLine(above, martin, 1, martin.login()).json().get("totalQuantity").asLong()).isEqualTo(3);
        setLine(below, dupont, 4, ADMIN);

        Response confirmed = api.post("/api/group-orders/" + above + "/close", Map.of(), ADMIN);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        Response cancelled = api.post("/api/group-orders/" + below + "/close", Map.of(), ADMIN);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");

        eventually(() -> {
            JsonNode order = api.get("/api/group-orders/" + above, ADMIN).json();
            assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
            assertThat(order.get("totalQuantity").asLong()).isEqualTo(3);
            assertThat(order.get("closedAtDeadline").asBoolean()).isFalse();
            assertThat(order.get("lines")).hasSize(2);
            assertThat(api.get("/api/group-orders/" + below, ADMIN).json().get("status").asString())
                    .isEqualTo("CANCELLED");
        });
        Response late = setLine(above, martin, 2, martin.login());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("GROUP_ORDER_CLOSED");
        Response again = api.post("/api/group-orders/" + below + "/close", Map.of(), ADMIN);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("GROUP_ORDER_CLOSED");
    }

    @Test
    void at_its_deadline_an_order_closes_by_itself_confirmed_above_its_minimum_and_cancelled_below() {
        Family dupont = enrol("Deadline");
        Instant deadline = Instant.now().plusSeconds(4);
        String above = open("Apples", 2, deadline);
        String below = open("Pears", 10, deadline);
        setLine(above, dupont, 2, ADMIN);
        setLine(below, dupont, 3, ADMIN);
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'AxonDeadline'"
                + " and execution_time = ?", Integer.class, java.sql.Timestamp.from(deadline)))
                .as("both deadlines are stored in PostgreSQL").isEqualTo(2);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode confirmed = api.get("/api/group-orders/" + above, ADMIN).json();
            assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
            assertThat(confirmed.get("closedAtDeadline").asBoolean()).isTrue();
            JsonNode cancelled = api.get("/api/group-orders/" + below, ADMIN).json();
            assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
            assertThat(cancelled.get("totalQuantity").asLong()).isEqualTo(3);
        });
        Response late = setLine(above, dupont, 1, dupont.login());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("GROUP_ORDER_CLOSED");
        assertThat(Instant.parse(api.get("/api/group-orders/" + above, ADMIN).json().get("closedAt").asString()))
                .isAfterOrEqualTo(deadline);
    }

    @Test
    void a_member_sees_only_its_own_line_and_sets_only_its_own_line() {
        Family dupont = enrol("Visible");
        Family martin = enrol("Hidden");
        String order = open("Books", 10, Instant.now().plus(Duration.ofDays(2)));
        setLine(order, dupont, 2, dupont.login());
        setLine(order, martin, 3, ADMIN);
        Response foreign = setLine(order, martin, 1, dupont.login());
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("code").asString()).isEqualTo("FORBIDDEN");

        eventually(() -> {
            Response read = api.get("/api/group-orders/" + order, dupont.login());
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            JsonNode own = read.json();
            assertThat(own.get("totalQuantity").asLong()).isEqualTo(5);
            assertThat(own.get("lines")).hasSize(1);
            assertThat(own.get("lines").get(0).get("familyId").asString()).isEqualTo(dupont.id().toString());
            assertThat(own.get("lines").get(0).get("quantity").asLong()).isEqualTo(2);
            assertThat(own.get("lines").get(0).get("paid").asBoolean()).isFalse();
            assertThat(api.get("/api/group-orders/" + order, ADMIN).json().get("lines")).hasSize(2);
        });
        JsonNode listed = find(api.get("/api/group-orders", martin.login()).json(), order);
        assertThat(listed.get("lines")).hasSize(1);
        assertThat(listed.get("lines").get(0).get("familyId").asString()).isEqualTo(martin.id().toString());
        for (String field : List.of("groupOrderId", "title", "unitPriceCents", "minQuantity", "deadline", "status",
                "totalQuantity", "lines")) {
            assertThat(listed.has(field)).as(field).isTrue();
        }

        assertThat(setLine(order, dupont, 0, dupont.login()).status()).isEqualTo(200);
        eventually(() -> {
            JsonNode own = api.get("/api/group-orders/" + order, dupont.login()).json();
            assertThat(own.get("lines")).as("a withdrawn line is gone").isEmpty();
            assertThat(own.get("totalQuantity").asLong()).isEqualTo(3);
        });
    }

    @Test
    void only_coordinators_open_close_and_record_payments() {
        Family member = enrol("Member");
        String order = open("Pencils", 1, Instant.now().plus(Duration.ofDays(1)));
        setLine(order, member, 1, member.login());
        List<Response> refused = List.of(
                api.post("/api/group-orders", openBody("Mine", PRICE, 1, Instant.now().plusSeconds(600)), member.login()),
                api.post("/api/group-orders/" + order + "/close", Map.of(), member.login()),
                api.post("/api/group-orders/" + order + "/lines/" + member.id() + "/payment",
                        Map.of("amountCents", PRICE, "reference", "self"), member.login()));
        for (Response response : refused) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.json().get("code").asString()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.get("/api/group-orders", null).status()).isEqualTo(401);
        eventually(() -> assertThat(api.get("/api/group-orders/" + order, ADMIN).json().get("status").asString())
                .isEqualTo("OPEN"));
    }

    @Test
    void a_coordinator_records_a_payment_and_the_line_shows_paid_once_however_often_it_is_sent() {
        Family family = enrol("Payer");
        String order = open("Sweaters", 1, Instant.now().plus(Duration.ofDays(1)));
        setLine(order, family, 2, family.login());
        String payment = "/api/group-orders/" + order + "/lines/" + family.id() + "/payment";
        Response early = api.post(payment, Map.of("amountCents", 2 * PRICE, "reference", "cash-1"), ADMIN);
        assertThat(early.status()).as("an open order takes no payment").isEqualTo(409);
        assertThat(api.post("/api/group-orders/" + order + "/close", Map.of(), ADMIN).json().get("status").asString())
                .isEqualTo("CONFIRMED");

        Response paid = api.post(payment, Map.of("amountCents", 2 * PRICE, "reference", "cash-1"), ADMIN);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json().get("paid").asBoolean()).isTrue();
        Response repeated = api.post(payment, Map.of("amountCents", 2 * PRICE, "reference", "cash-1"), ADMIN);
        assertThat(repeated.status()).isEqualTo(200);
        Response over = api.post(payment, Map.of("amountCents", 1, "reference", "cash-2"), ADMIN);
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");

        eventually(() -> {
            JsonNode lines = api.get("/api/group-orders/" + order, family.login()).json().get("lines");
            assertThat(lines).hasSize(1);
            JsonNode line = lines.get(0);
            assertThat(line.get("paid").asBoolean()).isTrue();
            assertThat(line.get("paidCents").asLong()).isEqualTo(2 * PRICE);
        });
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%GroupOrderLinePaid'", Integer.class, order)).isEqualTo(1);
    }

    @Test
    void bad_input_is_answered_400_or_404_and_stores_nothing() {
        Family family = enrol("Careful");
        String order = open("Paper", 5, Instant.now().plus(Duration.ofDays(1)));
        long before = groupOrderEvents();
        Instant later = Instant.now().plus(Duration.ofDays(1));
        List<Object> badOrders = new ArrayList<>(List.of(
                "{not json",
                openBody("", PRICE, 1, later),
                openBody("   ", PRICE, 1, later),
                openBody("x".repeat(201), PRICE, 1, later),
                openBody("Negative", -1, 1, later),
                openBody("Free", 0, 1, later),
                openBody("Absurd", 1_000_000_001L, 1, later),
                openBody("No minimum", PRICE, 0, later),
                openBody("Absurd minimum", PRICE, 10_000_000, later),
                openBody("Past", PRICE, 1, Instant.now().minusSeconds(60)),
                openBody("Far", PRICE, 1, Instant.now().plus(Duration.ofDays(400))),
                Map.of("title", "No deadline", "unitPriceCents", PRICE, "minQuantity", 1),
                Map.of("title", "Text price", "unitPriceCents", "25", "minQuantity", 1, "deadline", later.toString()),
                Map.of("title", "Bad date", "unitPriceCents", PRICE, "minQuantity", 1, "deadline", "tomorrow")));
        for (Object body : badOrders) {
            Response response = body instanceof String raw ? api.postRaw("/api/group-orders", raw, ADMIN)
                    : api.post("/api/group-orders", body, ADMIN);
            assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        }
        for (Object quantity : List.of(-1, 1001, Long.MAX_VALUE, 1.5, "2")) {
            Response response = api.put("/api/group-orders/" + order + "/lines/" + family.id(),
                    Map.of("quantity", quantity), ADMIN);
            assertThat(response.status()).as(quantity + " -> " + response).isEqualTo(400);
        }
        expect(404, "NOT_FOUND", setLine(UUID.randomUUID().toString(), family, 1, ADMIN));
        expect(404, "FAMILY_NOT_FOUND", api.put("/api/group-orders/" + order + "/lines/" + UUID.randomUUID(),
                Map.of("quantity", 1), ADMIN));
        expect(404, "NOT_FOUND", api.post("/api/group-orders/" + UUID.randomUUID() + "/close", Map.of(), ADMIN));
        expect(404, "NOT_FOUND", api.get("/api/group-orders/" + UUID.randomUUID(), ADMIN));
        expect(404, "NOT_FOUND", api.post("/api/group-orders/" + UUID.randomUUID() + "/lines/" + family.id()
                + "/payment", Map.of("amountCents", 100, "reference", "x"), ADMIN));
        expect(400, "VALIDATION_FAILED", api.get("/api/group-orders/not-a-uuid", ADMIN));
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("amountCents", 0, "reference", "x"),
                Map.of("amountCents", -5, "reference", "x"), Map.of("amountCents", 100, "reference", " "),
                Map.of("amountCents", 100))) {
            expect(400, "VALIDATION_FAILED", api.post("/api/group-orders/" + order + "/lines/" + family.id()
                    + "/payment", body, ADMIN));
        }
        assertThat(groupOrderEvents()).as("nothing stored").isEqualTo(before);
    }

    // Helpers

    private String open(String title, long minQuantity, Instant deadline) {
        Response response = api.post("/api/group-orders", openBody(title, PRICE, minQuantity, deadline), ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String id = response.json().get("groupOrderId").asString();
        assertThat(response.header("Location")).isEqualTo("/api/group-orders/" + id);
        return id;
    }

    private static Map<String, Object> openBody(String title, long price, long minQuantity, Instant deadline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("unitPriceCents", price);
        body.put("minQuantity", minQuantity);
        body.put("deadline", deadline.toString());
        return body;
    }

    private Response setLine(String order, Family family, long quantity, Credentials who) {
        return api.put("/api/group-orders/" + order + "/lines/" + family.id(), Map.of("quantity", quantity), who);
    }

    private static void expect(int status, String code, Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    private static JsonNode find(JsonNode orders, String id) {
        for (JsonNode order : orders) {
            if (order.get("groupOrderId").asString().equals(id)) {
                return order;
            }
        }
        throw new AssertionError("order " + id + " not listed");
    }

    /** Events only commands write (a deadline firing elsewhere adds closings, never these). */
    private long groupOrderEvents() {
        return jdbc.queryForObject("""
                select count(*) from domain_event_entry
                 where payload_type in ('org.schoolhub.shared.events.GroupOrderOpened',
                                        'org.schoolhub.shared.events.GroupOrderLinePlaced',
                                        'org.schoolhub.shared.events.GroupOrderLineWithdrawn',
                                        'org.schoolhub.shared.events.GroupOrderLinePaid')""", Long.class);
    }
}
