package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.schoolhub.service.support.EventLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * API.md, "Text fields, everywhere": a NUL, another C0 control than tab, LF and CR, or an
 * unpaired surrogate is refused with 400 naming the field, and nothing is stored. Such a title
 * was once accepted and stopped every projection for good (PostgreSQL cannot store a NUL).
 * The bodies are written as JSON text, so that "\u0000" and "\ud800" travel as the escapes a
 * client would send.
 */
class TextFieldsApiTest extends ApiTest {

    /** JSON string contents, escapes as sent: NUL, bell, unit separator, lone high and low surrogates. */
    private static final List<String> REFUSED = List.of("a\\u0000", "bell\\u0007", "\\u001f", "\\ud800",
            "x\\udc00y", "end\\ud83d");

    @Autowired
    JdbcTemplate jdbc;

    private EventLog log;

    @BeforeEach
    void eventLog() {
        log = new EventLog(api, jdbc);
    }

    @Test
    void a_group_order_title_with_a_nul_or_a_lone_surrogate_is_refused_and_nothing_is_stored() {
        long head = log.head();
        int orders = api.get("/api/group-orders", ADMIN).json().size();
        String deadline = Instant.now().plus(Duration.ofDays(3)).toString();
        for (String title : REFUSED) {
            assertRefused(api.postRaw("/api/group-orders", "{\"title\":\"" + title + "\",\"unitPriceCents\":100,"
                    + "\"minQuantity\":1,\"deadline\":\"" + deadline + "\"}", ADMIN), "title");
        }
        assertThat(log.appendedAfter(head)).isEmpty();
        assertThat(api.get("/api/group-orders", ADMIN).json().size()).isEqualTo(orders);
    }

    @Test
    void a_stage_advance_reason_with_a_nul_is_refused_and_nothing_is_stored() {
        long head = log.head();
        int stage = api.get("/api/metrics/stage-gates", ADMIN).json().get("currentStage").asInt();
        for (String reason : REFUSED) {
            assertRefused(api.postRaw("/api/community/stage", "{\"stage\":" + (stage + 1)
                    + ",\"override\":true,\"reason\":\"" + reason + "\"}", ADMIN), "reason");
        }
        assertThat(log.appendedAfter(head)).isEmpty();
        assertThat(api.get("/api/metrics/stage-gates", ADMIN).json().get("currentStage").asInt()).isEqualTo(stage);
    }

    @Test
    void a_payment_reference_with_a_nul_is_refused_and_the_line_stays_unpaid() {
        Family family = enrol("Reference");
        String order = api.post("/api/group-orders", Map.of("title", "Caps", "unitPriceCents", 900, "minQuantity", 1,
                "deadline", Instant.now().plus(Duration.ofDays(3)).toString()), ADMIN).json().get("groupOrderId").asString();
        assertThat(api.put("/api/group-orders/" + order + "/lines/" + family.id(), Map.of("quantity", 1), ADMIN)
                .status()).isEqualTo(200);
        assertThat(api.post("/api/group-orders/" + order + "/close", Map.of(), ADMIN).status()).isEqualTo(200);
        long head = log.head();
        String payment = "/api/group-orders/" + order + "/lines/" + family.id() + "/payment";
        for (String reference : REFUSED) {
            assertRefused(api.postRaw(payment, "{\"amountCents\":900,\"reference\":\"" + reference + "\"}", ADMIN),
                    "reference");
        }
        assertThat(log.appendedAfter(head)).isEmpty();
        Response paid = api.postRaw(payment, "{\"amountCents\":900,\"reference\":\"cash\\tdesk 1\"}", ADMIN);
        assertThat(paid.status()).as("a tab is text like any other").isEqualTo(200);
    }

    @Test
    void a_transfer_memo_and_a_reversal_reason_with_a_control_character_are_refused_and_nothing_is_booked() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        long head = log.head();
        for (String memo : REFUSED) {
            assertRefused(api.postRaw("/api/sel/transfers", "{\"transferId\":\"" + UUID.randomUUID() + "\",\"from\":\""
                    + anne.id() + "\",\"to\":\"" + bob.id() + "\",\"amount\":5,\"memo\":\"" + memo + "\"}", ADMIN), "memo");
        }
        assertThat(log.appendedAfter(head)).isEmpty();

        UUID transfer = UUID.randomUUID();
        assertThat(api.post("/api/sel/transfers", Map.of("transferId", transfer, "from", anne.id(), "to", bob.id(),
                "amount", 5), ADMIN).status()).isEqualTo(201);
        long afterTransfer = log.head();
        for (String reason : REFUSED) {
            assertRefused(api.postRaw("/api/sel/transfers/" + transfer + "/reversal", "{\"reason\":\"" + reason + "\"}",
                    ADMIN), "reason");
        }
        assertThat(log.appendedAfter(afterTransfer)).isEmpty();
    }

    @Test
    void nested_fields_are_checked_too_and_the_refusal_names_their_path() {
        long head = log.head();
        Response refused = api.postRaw("/api/families", "{\"name\":\"Nested\",\"email\":\"nested-" + UUID.randomUUID()
                + "@example.org\",\"password\":\"" + FAMILY_PASSWORD + "\",\"children\":[{\"firstName\":\"L\\u00e9a\","
                + "\"birthYear\":2017},{\"firstName\":\"Zo\\u0000\",\"birthYear\":2018}]}", ADMIN);
        assertRefused(refused, "children[1].firstName");
        assertThat(log.appendedAfter(head)).isEmpty();
    }

    @Test
    void tab_line_feed_carriage_return_and_paired_surrogates_are_accepted_and_come_back_as_sent() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        Response booked = api.postRaw("/api/sel/transfers", "{\"transferId\":\"" + UUID.randomUUID() + "\",\"from\":\""
                + anne.id() + "\",\"to\":\"" + bob.id() + "\",\"amount\":5,\"memo\":\"a\\tb\\r\\nc \\ud83d\\ude00\"}", ADMIN);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.json().get("memo").asString()).isEqualTo("a\tb\r\nc \uD83D\uDE00");
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().get("errors").get(0).get("field").asString()).as(response.toString())
                .isEqualTo(field);
    }
}
