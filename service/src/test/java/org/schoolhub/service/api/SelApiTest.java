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

/** The SEL section of API.md, case by case, over HTTP. */
class SelApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> transfer(UUID id, Family from, Family to, Object amount, String memo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transferId", id);
        body.put("from", from.id());
        body.put("to", to.id());
        body.put("amount", amount);
        if (memo != null) {
            body.put("memo", memo);
        }
        return body;
    }

    private Response pay(Family from, Family to, Object amount) {
        return api.post("/api/sel/transfers", transfer(UUID.randomUUID(), from, to, amount, "lift"), from.login());
    }

    @Test
    void a_family_pays_another_and_both_balances_come_back() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        UUID id = UUID.randomUUID();
        Response booked = api.post("/api/sel/transfers", transfer(id, anne, bob, 25, "babysitting"), anne.login());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        JsonNode body = booked.json();
        assertThat(body.get("transferId").asString()).isEqualTo(id.toString());
        assertThat(body.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(body.get("memo").asString()).isEqualTo("babysitting");
        assertThat(body.get("fromBalance").asLong()).isEqualTo(-25);
        assertThat(body.get("toBalance").asLong()).isEqualTo(25);
        assertThat(Instant.parse(body.get("at").asString())).isNotNull();

        eventually(() -> {
            JsonNode account = api.get("/api/sel/accounts/" + bob.id(), bob.login()).json();
            assertThat(account.get("balance").asLong()).isEqualTo(25);
            assertThat(account.get("transferCount").asLong()).isEqualTo(1);
            assertThat(account.get("lowerLimit").asLong()).isEqualTo(-300);
            assertThat(account.get("upperLimit").asLong()).isEqualTo(600);
        });
    }

    @Test
    void the_same_request_again_answers_200_with_the_same_body_and_books_once() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        UUID id = UUID.randomUUID();
        Response first = api.post("/api/sel/transfers", transfer(id, anne, bob, 10, "lift"), anne.login());
        Response again = api.post("/api/sel/transfers", transfer(id, anne, bob, 10, "lift"), anne.login());
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        Response other = api.post("/api/sel/transfers", transfer(id, anne, bob, 11, "lift"), anne.login());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("code").asString()).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(jdbc.queryForObject("select count(*) from sel_transfer_registry where transfer_id = ?",
                Integer.class, id)).isEqualTo(1);
        eventually(() -> assertThat(api.get("/api/sel/accounts/" + anne.id(), anne.login()).json()
                .get("balance").asLong()).isEqualTo(-10));
    }

    @Test
    void limits_hold_at_their_exact_boundaries() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        Family carol = enrol("Carol");
        Response tooMuch = pay(anne, bob, 301);
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.json().get("code").asString()).isEqualTo("LOWER_LIMIT_EXCEEDED");
        assertThat(pay(anne, bob, 300).json().get("fromBalance").asLong()).isEqualTo(-300);
        assertThat(pay(anne, bob, 1).json().get("code").asString()).isEqualTo("LOWER_LIMIT_EXCEEDED");
        assertThat(pay(carol, bob, 300).json().get("toBalance").asLong()).isEqualTo(600);
        Family dave = enrol("Dave");
        Response over = pay(dave, bob, 1);
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.json().get("code").asString()).isEqualTo("UPPER_LIMIT_EXCEEDED");
    }

    @Test
    void bad_transfers_are_refused_and_store_nothing() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        int before = registryCount();
        assertThat(pay(anne, bob, 0).status()).isEqualTo(400);
        assertThat(pay(anne, bob, -5).status()).isEqualTo(400);
        assertThat(pay(anne, bob, 100_001).status()).isEqualTo(400);
        assertThat(pay(anne, bob, 2.5).status()).isEqualTo(400);
        assertThat(pay(anne, bob, "5").status()).isEqualTo(400);
        assertThat(pay(anne, anne, 5).status()).isEqualTo(400);
        assertThat(api.post("/api/sel/transfers", transfer(UUID.randomUUID(), anne, bob, 5, "m".repeat(201)),
                anne.login()).status()).isEqualTo(400);
        assertThat(api.postRaw("/api/sel/transfers", "{\"transferId\":", anne.login()).status()).isEqualTo(400);
        Map<String, Object> noId = transfer(UUID.randomUUID(), anne, bob, 5, null);
        noId.remove("transferId");
        assertThat(api.post("/api/sel/transfers", noId, anne.login()).status()).isEqualTo(400);
        Response unknown = api.post("/api/sel/transfers", Map.of("transferId", UUID.randomUUID(), "from", anne.id(),
                "to", UUID.randomUUID(), "amount", 5), anne.login());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("FAMILY_NOT_FOUND");
        assertThat(registryCount()).isEqualTo(before);
    }

    @Test
    void a_member_pays_only_from_its_own_account() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        Response stolen = api.post("/api/sel/transfers", transfer(UUID.randomUUID(), bob, anne, 5, null), anne.login());
        assertThat(stolen.status()).isEqualTo(403);
        assertThat(api.post("/api/sel/transfers", transfer(UUID.randomUUID(), bob, anne, 5, null), ADMIN).status())
                .as("a coordinator may enter it").isEqualTo(201);
        assertThat(api.get("/api/sel/accounts/" + bob.id(), anne.login()).status()).isEqualTo(403);
        assertThat(api.get("/api/sel/accounts", anne.login()).status()).isEqualTo(403);
    }

    @Test
    void a_withdrawn_family_neither_pays_nor_is_paid_and_withdrawal_needs_a_zero_balance() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        pay(anne, bob, 5);
        Response refused = api.post("/api/families/" + anne.id() + "/withdrawal", Map.of(), anne.login());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("BALANCE_NOT_ZERO");
        pay(bob, anne, 5);
        assertThat(api.post("/api/families/" + anne.id() + "/withdrawal", Map.of(), anne.login()).status()).isEqualTo(200);
        assertThat(pay(bob, anne, 1).json().get("code").asString()).isEqualTo("FAMILY_WITHDRAWN");
        assertThat(pay(anne, bob, 1).json().get("code").asString()).isEqualTo("FAMILY_WITHDRAWN");
    }

    @Test
    void a_coordinator_reverses_a_transfer_once_and_the_history_shows_it() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        UUID id = UUID.randomUUID();
        api.post("/api/sel/transfers", transfer(id, anne, bob, 40, "tutoring"), anne.login());
        assertThat(api.post("/api/sel/transfers/" + id + "/reversal", Map.of("reason", "x"), anne.login()).status())
                .isEqualTo(403);
        Response reversal = api.post("/api/sel/transfers/" + id + "/reversal", Map.of("reason", "entered twice"), ADMIN);
        assertThat(reversal.status()).as(reversal.toString()).isEqualTo(201);
        assertThat(reversal.json().get("fromBalance").asLong()).isZero();
        Response twice = api.post("/api/sel/transfers/" + id + "/reversal", Map.of("reason", "again"), ADMIN);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(api.post("/api/sel/transfers/" + UUID.randomUUID() + "/reversal", Map.of(), ADMIN).status())
                .isEqualTo(404);

        eventually(() -> {
            JsonNode history = api.get("/api/sel/transfers?familyId=" + anne.id(), anne.login()).json();
            assertThat(history).hasSize(2);
            assertThat(history.get(0).get("transferId").asString())
                    .isEqualTo(reversal.json().get("transferId").asString());
            assertThat(history.get(0).get("balanceAfter").asLong()).isZero();
            assertThat(history.get(1).get("transferId").asString()).isEqualTo(id.toString());
            assertThat(history.get(1).get("status").asString()).isEqualTo("REVERSED");
            assertThat(history.get(1).get("balanceAfter").asLong()).isEqualTo(-40);
            assertThat(history.get(1).get("memo").asString()).isEqualTo("tutoring");
        });
    }

    @Test
    void the_balance_at_a_past_moment_and_the_total_of_all_accounts() throws InterruptedException {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        Instant first = Instant.parse(pay(anne, bob, 7).json().get("at").asString());
        Thread.sleep(5); // two distinct instants around which to ask
        pay(anne, bob, 3);
        eventually(() -> {
            assertThat(api.get("/api/sel/accounts/" + anne.id() + "?at=" + first, anne.login()).json()
                    .get("balance").asLong()).isEqualTo(-7);
            assertThat(api.get("/api/sel/accounts/" + anne.id(), anne.login()).json().get("balance").asLong())
                    .isEqualTo(-10);
            assertThat(api.get("/api/sel/accounts/" + anne.id() + "?at=" + first.minusSeconds(3600), anne.login())
                    .json().get("balance").asLong()).isZero();
        });
        assertThat(api.get("/api/sel/accounts/" + anne.id() + "?at=yesterday", anne.login()).status()).isEqualTo(400);
        JsonNode all = api.get("/api/sel/accounts", ADMIN).json();
        assertThat(all.get("total").asLong()).isZero();
        long sum = 0;
        for (JsonNode account : all.get("accounts")) {
            sum += account.get("balance").asLong();
        }
        assertThat(sum).isZero();
    }

    private int registryCount() {
        return jdbc.queryForObject("select count(*) from sel_transfer_registry", Integer.class);
    }
}
