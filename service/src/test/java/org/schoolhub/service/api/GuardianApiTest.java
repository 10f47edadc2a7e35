package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class GuardianApiTest extends ApiTest {

    private static final String SECOND_PASSWORD = "second-guardian-pw";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_enrolment_login_is_the_first_guardian_and_me_names_it() {
        Family family = enrol("First");
        Response me = api.get("/api/me", family.login());
        String guardianId = me.json().get("guardianId").asString();
        JsonNode guardians = api.get("/api/families/" + family.id(), ADMIN).json().get("guardians");
        assertThat(guardians).hasSize(1);
        assertThat(guardians.get(0).get("guardianId").asString()).isEqualTo(guardianId);
        assertThat(guardians.get(0).get("email").asString()).isEqualTo(family.login().username());
        assertThat(guardians.get(0).get("name").asString()).isEqualTo("First");
        assertThat(guardians.get(0).get("passwordSet").asBoolean()).isTrue();
        assertThat(guardians.get(0).has("passwordHash")).isFalse();
    }

    @Test
    void a_second_guardian_logs_in_with_its_own_password_as_a_member_of_that_family() {
        Family family = enrol("Two");
        ApiClient.Credentials second = addGuardian(family, family.login());
        Response me = api.get("/api/me", second);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("familyId").asString()).isEqualTo(family.id().toString());
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("MEMBER");
        assertThat(me.json().get("guardianId").asString())
                .isNotEqualTo(api.get("/api/me", family.login()).json().get("guardianId").asString());
        assertThat(api.get("/api/me", new ApiClient.Credentials(second.username(), FAMILY_PASSWORD)).status())
                .as("the first guardian's password is not the second's").isEqualTo(401);
        assertThat(api.get("/api/families/" + family.id(), second).json().get("guardians")).hasSize(2);
    }

    @Test
    void an_email_taken_by_any_login_is_refused_whatever_its_case() {
        Family family = enrol("Taken");
        Family other = enrol("Other");
        Response again = api.post("/api/families/" + family.id() + "/guardians", Map.of("name", "Copy",
                "email", other.login().username().toUpperCase(), "password", SECOND_PASSWORD), ADMIN);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("DUPLICATE_EMAIL");
        Response staff = api.post("/api/families/" + family.id() + "/guardians", Map.of("name", "Copy",
                "email", "ADMIN", "password", SECOND_PASSWORD), ADMIN);
        assertThat(staff.status()).as("not an e-mail at all").isEqualTo(400);
        assertThat(api.get("/api/families/" + family.id(), ADMIN).json().get("guardians")).hasSize(1);
    }

    @Test
    void a_family_cannot_add_guardians_to_another_family_and_bad_bodies_are_400() {
        Family family = enrol("Own");
        Family other = enrol("Else");
        assertThat(api.post("/api/families/" + other.id() + "/guardians", Map.of("name", "X",
                "email", "x-" + UUID.randomUUID() + "@example.org", "password", SECOND_PASSWORD), family.login()).status())
                .isEqualTo(403);
        Response shortPassword = api.post("/api/families/" + family.id() + "/guardians", Map.of("name", "X",
                "email", "x-" + UUID.randomUUID() + "@example.org", "password", "short"), family.login());
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(api.post("/api/families/" + UUID.randomUUID() + "/guardians", Map.of("name", "X",
                "email", "x-" + UUID.randomUUID() + "@example.org", "password", SECOND_PASSWORD), ADMIN).json()
                .get("code").asString()).isEqualTo("FAMILY_NOT_FOUND");
    }

    @Test
    void a_removed_guardian_can_no_longer_log_in_and_the_last_one_stays() {
        Family family = enrol("Removal");
        ApiClient.Credentials second = addGuardian(family, ADMIN);
        String secondId = api.get("/api/me", second).json().get("guardianId").asString();
        String firstId = api.get("/api/me", family.login()).json().get("guardianId").asString();
        assertThat(api.delete("/api/families/" + family.id() + "/guardians/" + secondId, family.login()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/me", second).status()).as("at once, not when a cached check expires").isEqualTo(401);
        Response last = api.delete("/api/families/" + family.id() + "/guardians/" + firstId, family.login());
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.json().get("code").asString()).isEqualTo("LAST_GUARDIAN");
        Response unknown = api.delete("/api/families/" + family.id() + "/guardians/" + UUID.randomUUID(), ADMIN);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(api.get("/api/me", family.login()).status()).isEqualTo(200);
    }

    @Test
    void erasure_erases_every_guardian_and_every_login() {
        Family family = enrol("Erased");
        ApiClient.Credentials second = addGuardian(family, ADMIN);
        assertThat(api.post("/api/families/" + family.id() + "/withdrawal", Map.of(), ADMIN).status()).isEqualTo(200);
        assertThat(api.delete("/api/families/" + family.id() + "/personal-data", ADMIN).status()).isEqualTo(204);
        assertThat(api.get("/api/me", second).status()).isEqualTo(401);
        assertThat(api.get("/api/me", family.login()).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from guardian where family_id = ?", Integer.class, family.id()))
                .isZero();
        assertThat(api.get("/api/families/" + family.id(), ADMIN).json().get("guardians")).isEmpty();
        String payloads = String.join("", jdbc.queryForList(
                "select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?",
                String.class, family.id().toString()));
        assertThat(payloads).contains("guardianId").doesNotContain("example.org").doesNotContain("Second");
    }

    private ApiClient.Credentials addGuardian(Family family, ApiClient.Credentials who) {
        String email = "second-" + UUID.randomUUID() + "@example.org";
        Response added = api.post("/api/families/" + family.id() + "/guardians",
                Map.of("name", "Second", "email", email, "password", SECOND_PASSWORD), who);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("guardianId").asString()).isNotBlank();
        return new ApiClient.Credentials(email, SECOND_PASSWORD);
    }
}
