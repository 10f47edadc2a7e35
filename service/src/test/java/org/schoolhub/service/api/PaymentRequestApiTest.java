package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Payment requests (API.md, Families' own features), case by case, over HTTP. */
class PaymentRequestApiTest extends ApiTest {

    private static final String REQUESTS = "/api/sel/payment-requests";

    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> request(UUID id, Family payer, Family payee, long amount, String memo, Instant expiresAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", id);
        body.put("from", payer.id());
        body.put("to", payee.id());
        body.put("amount", amount);
        body.put("memo", memo);
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return body;
    }

    private UUID ask(Family payer, Family payee, long amount) {
        UUID id = UUID.randomUUID();
        Response made = api.post(REQUESTS, request(id, payer, payee, amount, "babysitting", null), payee.login());
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return id;
    }

    private JsonNode listed(Family family, UUID requestId) {
        for (JsonNode row : api.get(REQUESTS + "?familyId=" + family.id(), family.login()).json()) {
            if (row.get("requestId").asString().equals(requestId.toString())) {
                return row;
            }
        }
        throw new AssertionError(requestId + " is not listed for " + family.id());
    }

    @Test
    void the_payee_asks_and_the_payer_accepts_which_books_the_transfer() {
        Family parent = enrol("Parent");
        Family sitter = enrol("Sitter");
        UUID id = UUID.randomUUID();
        Response made = api.post(REQUESTS, request(id, parent, sitter, 30, "babysitting", null), sitter.login());
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        JsonNode body = made.json();
        assertThat(body.get("requestId").asString()).isEqualTo(id.toString());
        assertThat(body.get("status").asString()).isEqualTo("PENDING");
        assertThat(body.get("memo").asString()).isEqualTo("babysitting");
        assertThat(Instant.parse(body.get("expiresAt").asString()))
                .isAfter(Instant.now().plus(java.time.Duration.ofDays(13)));

        eventually(() -> assertThat(listed(parent, id).get("status").asString()).isEqualTo("PENDING"));
        assertThat(listed(sitter, id).get("memo").asString()).isEqualTo("babysitting");

        Response accepted = api.post(REQUESTS + "/" + id + "/acceptance", Map.of(), parent.login());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(accepted.json().get("amount").asLong()).isEqualTo(30);
        assertThat(accepted.json().get("fromBalance").asLong()).isEqualTo(-30);
        assertThat(accepted.json().get("toBalance").asLong()).isEqualTo(30);
        assertThat(accepted.json().get("memo").asString()).isEqualTo("babysitting");
        assertThat(accepted.json().get("requestStatus").asString()).isEqualTo("ACCEPTED");
        String transferId = accepted.json().get("transferId").asString();

        eventually(() -> {
            JsonNode row = listed(sitter, id);
            assertThat(row.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(row.get("transferId").asString()).isEqualTo(transferId);
            assertThat(api.get("/api/sel/accounts/" + sitter.id(), sitter.login()).json().get("balance").asLong())
                    .isEqualTo(30);
        });
        Response again = api.post(REQUESTS + "/" + id + "/acceptance", Map.of(), parent.login());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("PAYMENT_REQUEST_CLOSED");
        assertThat(jdbc.queryForObject("select count(*) from sel_transfer_registry where payer = ?", Integer.class,
                parent.id())).isEqualTo(1);
    }

    @Test
    void the_same_request_again_answers_200_with_the_same_body_and_other_terms_are_a_conflict() {
        Family parent = enrol("Parent");
        Family sitter = enrol("Sitter");
        UUID id = UUID.randomUUID();
        Instant expiry = Instant.now().plusSeconds(3_600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Response first = api.post(REQUESTS, request(id, parent, sitter, 10, "lift", expiry), sitter.login());
        Response again = api.post(REQUESTS, request(id, parent, sitter, 10, "lift", expiry), sitter.login());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        for (Map<String, Object> other : new Map[] {request(id, parent, sitter, 11, "lift", expiry),
                request(id, parent, sitter, 10, "another memo", expiry),
                request(id, parent, sitter, 10, "lift", expiry.plusSeconds(1))}) {
            Response conflict = api.post(REQUESTS, other, sitter.login());
            assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
            assertThat(conflict.json().get("code").asString()).isEqualTo("IDEMPOTENCY_CONFLICT");
        }
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, id.toString())).isEqualTo(1);
    }

    @Test
    void the_payer_declines_and_the_payee_cancels_and_an_answered_request_takes_no_other_answer() {
        Family parent = enrol("Parent");
        Family sitter = enrol("Sitter");
        UUID declined = ask(parent, sitter, 5);
        Response decline = api.post(REQUESTS + "/" + declined + "/decline", Map.of(), parent.login());
        assertThat(decline.status()).as(decline.toString()).isEqualTo(200);
        assertThat(decline.json().get("status").asString()).isEqualTo("DECLINED");
        UUID cancelled = ask(parent, sitter, 6);
        Response cancel = api.post(REQUESTS + "/" + cancelled + "/cancellation", Map.of(), sitter.login());
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        assertThat(cancel.json().get("status").asString()).isEqualTo("CANCELLED");

        Response late = api.post(REQUESTS + "/" + declined + "/acceptance", Map.of(), parent.login());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("PAYMENT_REQUEST_CLOSED");
        Response twice = api.post(REQUESTS + "/" + cancelled + "/cancellation", Map.of(), sitter.login());
        assertThat(twice.status()).isEqualTo(409);
        eventually(() -> {
            assertThat(listed(sitter, declined).get("status").asString()).isEqualTo("DECLINED");
            assertThat(listed(parent, cancelled).get("status").asString()).isEqualTo("CANCELLED");
        });
        assertThat(jdbc.queryForObject("select count(*) from sel_transfer_registry where payer = ?", Integer.class,
                parent.id())).isZero();
    }

    @Test
    void a_member_never_acts_or_reads_for_another_family() {
        Family parent = enrol("Parent");
        Family sitter = enrol("Sitter");
        Family stranger = enrol("Stranger");
        Response forOther = api.post(REQUESTS, request(UUID.randomUUID(), parent, sitter, 5, "", null),
                stranger.login());
        assertThat(forOther.status()).isEqualTo(403);
        Response askedByPayer = api.post(REQUESTS, request(UUID.randomUUID(), parent, sitter, 5, "", null),
                parent.login());
        assertThat(askedByPayer.status()).as("only the payee asks").isEqualTo(403);
        Response byAdmin = api.post(REQUESTS, request(UUID.randomUUID(), parent, sitter, 5, "", null), ADMIN);
        assertThat(byAdmin.status()).isEqualTo(403);

        UUID id = ask(parent, sitter, 5);
        for (Family wrong : new Family[] {stranger, sitter}) {
            assertThat(api.post(REQUESTS + "/" + id + "/acceptance", Map.of(), wrong.login()).status()).isEqualTo(403);
            assertThat(api.post(REQUESTS + "/" + id + "/decline", Map.of(), wrong.login()).status()).isEqualTo(403);
        }
        for (Family wrong : new Family[] {stranger, parent}) {
            assertThat(api.post(REQUESTS + "/" + id + "/cancellation", Map.of(), wrong.login()).status())
                    .isEqualTo(403);
        }
        assertThat(api.post(REQUESTS + "/" + id + "/acceptance", Map.of(), ADMIN).status()).isEqualTo(403);
        assertThat(api.get(REQUESTS + "?familyId=" + parent.id(), stranger.login()).status()).isEqualTo(403);
        assertThat(api.get(REQUESTS + "?familyId=" + parent.id(), ADMIN).status()).isEqualTo(200);
        eventually(() -> assertThat(listed(parent, id).get("status").asString()).isEqualTo("PENDING"));
    }

    @Test
    void bad_requests_and_unknown_ones_are_refused_and_store_nothing() {
        Family parent = enrol("Parent");
        Family sitter = enrol("Sitter");
        UUID id = UUID.randomUUID();
        Response past = api.post(REQUESTS, request(id, parent, sitter, 5, "", Instant.now().minusSeconds(60)),
                sitter.login());
        assertThat(past.status()).as(past.toString()).isEqualTo(400);
        Response zero = api.post(REQUESTS, request(id, parent, sitter, 0, "", null), sitter.login());
        assertThat(zero.status()).isEqualTo(400);
        Response self = api.post(REQUESTS, request(id, sitter, sitter, 5, "", null), sitter.login());
        assertThat(self.status()).isEqualTo(400);
        Response unknownPayer = api.post(REQUESTS, request(id, new Family(UUID.randomUUID(), parent.login()), sitter,
                5, "", null), sitter.login());
        assertThat(unknownPayer.status()).isEqualTo(404);
        assertThat(unknownPayer.json().get("code").asString()).isEqualTo("FAMILY_NOT_FOUND");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, id.toString())).isZero();
        Response unknown = api.post(REQUESTS + "/" + UUID.randomUUID() + "/acceptance", Map.of(), parent.login());
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void accepting_past_a_limit_is_422_and_the_request_stays_pending() {
        Family parent = enrol("Parent");
        Family sitter = enrol("Sitter");
        UUID id = ask(parent, sitter, 301);
        Response refused = api.post(REQUESTS + "/" + id + "/acceptance", Map.of(), parent.login());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("LOWER_LIMIT_EXCEEDED");
        eventually(() -> assertThat(listed(parent, id).get("status").asString()).isEqualTo("PENDING"));
        assertThat(jdbc.queryForObject("select count(*) from sel_transfer_registry where payer = ?", Integer.class,
                parent.id())).isZero();
        Response decline = api.post(REQUESTS + "/" + id + "/decline", Map.of(), parent.login());
        assertThat(decline.status()).as("still pending, so it can still be answered").isEqualTo(200);
    }

    @Test
    void an_expired_request_cannot_be_accepted_and_its_deadline_records_the_expiry() {
        Family parent = enrol("Parent");
        Family sitter = enrol("Sitter");
        UUID id = UUID.randomUUID();
        Response made = api.post(REQUESTS, request(id, parent, sitter, 5, "", Instant.now().plusSeconds(2)),
                sitter.login());
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        eventually(() -> assertThat(jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ? and payload_type like ?",
                Integer.class, id.toString(), "%PaymentRequestExpired")).isEqualTo(1));
        Response late = api.post(REQUESTS + "/" + id + "/acceptance", Map.of(), parent.login());
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("PAYMENT_REQUEST_EXPIRED");
        eventually(() -> assertThat(listed(parent, id).get("status").asString()).isEqualTo("EXPIRED"));
        assertThat(jdbc.queryForObject("select count(*) from sel_transfer_registry where payer = ?", Integer.class,
                parent.id())).isZero();
    }
}
