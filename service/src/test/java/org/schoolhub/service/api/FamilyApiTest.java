package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class FamilyApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void admin_enrols_a_family_who_then_logs_in_and_sees_only_its_own_family() {
        Family dupont = enrol("Dupont");
        Family martin = enrol("Martin");

        Response me = api.get("/api/me", dupont.login());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("familyId").asString()).isEqualTo(dupont.id().toString());
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("MEMBER");

        eventually(() -> {
            Response own = api.get("/api/families/" + dupont.id(), dupont.login());
            assertThat(own.status()).as(own.toString()).isEqualTo(200);
            assertThat(own.json().get("name").asString()).isEqualTo("Dupont");
            assertThat(own.json().get("status").asString()).isEqualTo("ACTIVE");
            assertThat(own.json().get("children").get(0).get("firstName").asString()).isEqualTo("Léa");
        });
        assertThat(api.get("/api/families/" + martin.id(), dupont.login()).status()).isEqualTo(403);
        assertThat(api.get("/api/families", dupont.login()).status()).isEqualTo(403);
    }

    @Test
    void me_answers_for_the_admin_with_both_staff_roles() {
        Response me = api.get("/api/me", ADMIN);
        assertThat(me.body()).isEqualTo("{\"username\":\"admin\",\"roles\":[\"COORDINATOR\",\"OPERATOR\"],\"familyId\":null,"
                + "\"guardianId\":null}");
    }

    @Test
    void login_is_case_insensitive_on_the_email_and_a_wrong_password_is_401() {
        Family family = enrol("Case");
        ApiClient.Credentials upper = new ApiClient.Credentials(family.login().username().toUpperCase(), FAMILY_PASSWORD);
        assertThat(api.get("/api/me", upper).status()).isEqualTo(200);
        Response wrong = api.get("/api/me", new ApiClient.Credentials(family.login().username(), "not the password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrong.json().get("code").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(api.get("/api/me", null).status()).isEqualTo(401);
    }

    @Test
    void repeated_failed_logins_for_one_account_are_slowed_down() {
        Family family = enrol("Guess");
        ApiClient.Credentials wrong = new ApiClient.Credentials(family.login().username(), "guess-number-x");
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/me", wrong).status()).isEqualTo(401);
        }
        Response throttled = api.get("/api/me", family.login());
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("code").asString()).isEqualTo("TOO_MANY_LOGIN_ATTEMPTS");
        assertThat(throttled.header("Retry-After")).isNotNull();
        assertThat(api.get("/api/me", ADMIN).status()).as("other accounts are not affected").isEqualTo(200);
    }

    @Test
    void bad_enrolments_are_400_and_store_nothing() {
        int before = count();
        List<Object> bodies = List.of(
                "{not json",
                Map.of("email", "x@example.org", "password", "0123456789"),
                Map.of("name", "X", "email", "not-an-email", "password", "0123456789"),
                Map.of("name", "X", "email", "short@example.org", "password", "short"),
                Map.of("name", "X".repeat(101), "email", "long@example.org", "password", "0123456789"),
                Map.of("name", 12, "email", "type@example.org", "password", "0123456789"),
                Map.of("name", "X", "email", "kid@example.org", "password", "0123456789",
                        "children", List.of(Map.of("firstName", "Old", "birthYear", 1990))),
                Map.of("name", "X", "email", "kids@example.org", "password", "0123456789",
                        "children", java.util.Collections.nCopies(13, Map.of("firstName", "K", "birthYear", 2018))),
                Map.of("name", "X", "email", "unknown@example.org", "password", "0123456789", "nickname", "x"));
        for (Object body : bodies) {
            Response response = body instanceof String raw ? api.postRaw("/api/families", raw, ADMIN)
                    : api.post("/api/families", body, ADMIN);
            assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
            assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void an_email_is_unique_whatever_its_case() {
        Family first = enrol("Unique");
        Response again = api.post("/api/families", Map.of("name", "Other",
                "email", first.login().username().toUpperCase(), "password", "0123456789"), ADMIN);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("DUPLICATE_EMAIL");
    }

    @Test
    void errors_are_translated_by_accept_language() {
        Response fr = api.get("/api/families/" + UUID.randomUUID(), ADMIN, "fr");
        assertThat(fr.status()).isEqualTo(404);
        assertThat(fr.json().get("code").asString()).isEqualTo("FAMILY_NOT_FOUND");
        assertThat(fr.json().get("title").asString()).isEqualTo("Famille introuvable");
        Response nl = api.get("/api/families/" + UUID.randomUUID(), ADMIN, "nl");
        assertThat(nl.json().get("title").asString()).isEqualTo("Gezin niet gevonden");
    }

    @Test
    void members_manage_their_children_but_not_other_families() {
        Family family = enrol("Kids");
        Family other = enrol("Other");
        Response added = api.post("/api/families/" + family.id() + "/children",
                Map.of("firstName", "Tom", "birthYear", 2019, "className", "M2"), family.login());
        assertThat(added.status()).isEqualTo(201);
        String childId = added.json().get("childId").asString();
        assertThat(api.post("/api/families/" + other.id() + "/children",
                Map.of("firstName", "Tom", "birthYear", 2019), family.login()).status()).isEqualTo(403);
        eventually(() -> assertThat(api.get("/api/families/" + family.id(), family.login()).json()
                .get("children")).hasSize(2));
        assertThat(api.delete("/api/families/" + family.id() + "/children/" + childId, family.login()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/families/" + family.id(), family.login()).json().get("children")).hasSize(1);
    }

    @Test
    void a_withdrawn_family_can_be_erased_and_its_personal_data_is_gone() {
        Family family = enrol("Leaving");
        assertThat(api.delete("/api/families/" + family.id() + "/personal-data", ADMIN).json().get("code").asString())
                .isEqualTo("FAMILY_NOT_WITHDRAWN");
        assertThat(api.post("/api/families/" + family.id() + "/withdrawal", Map.of(), family.login()).status())
                .isEqualTo(200);
        eventually(() -> assertThat(api.get("/api/families/" + family.id(), ADMIN).json().get("status").asString())
                .isEqualTo("WITHDRAWN"));
        assertThat(api.delete("/api/families/" + family.id() + "/personal-data", ADMIN).status()).isEqualTo(204);
        Response erased = api.get("/api/families/" + family.id(), ADMIN);
        assertThat(erased.json().get("name").isNull()).isTrue();
        assertThat(erased.json().get("children")).isEmpty();
        assertThat(api.get("/api/me", family.login()).status()).as("the login is erased too").isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from child_personal_data where family_id = ?", Integer.class,
                family.id())).isZero();
        String payloads = String.join("", jdbc.queryForList(
                "select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?",
                String.class, family.id().toString()));
        assertThat(payloads).doesNotContain("Leaving").doesNotContain("Léa").doesNotContain("example.org");
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from family_personal_data", Integer.class);
    }
}
