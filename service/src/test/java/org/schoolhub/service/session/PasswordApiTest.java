package org.schoolhub.service.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Credentials;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

class PasswordApiTest extends ApiTest {

    private static final String NEW_PASSWORD = "a-brand-new-password";

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void a_guardian_changes_its_password_and_the_old_one_stops_working_at_once() {
        Family family = enrol("Change");
        assertThat(api.get("/api/me", family.login()).status()).isEqualTo(200); // remembered by the Basic cache
        Response changed = api.put("/api/me/password",
                Map.of("currentPassword", FAMILY_PASSWORD, "newPassword", NEW_PASSWORD), family.login());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(api.get("/api/me", family.login()).status()).isEqualTo(401);
        assertThat(api.get("/api/me", new Credentials(family.login().username(), NEW_PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void a_wrong_current_password_or_a_short_new_one_changes_nothing() {
        Family family = enrol("Wrong");
        Response wrong = api.put("/api/me/password",
                Map.of("currentPassword", "not-the-password", "newPassword", NEW_PASSWORD), family.login(), "fr");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("code").asString()).isEqualTo("CURRENT_PASSWORD_WRONG");
        assertThat(wrong.json().get("title").asString()).isEqualTo("Mot de passe actuel erroné");
        Response shortOne = api.put("/api/me/password",
                Map.of("currentPassword", FAMILY_PASSWORD, "newPassword", "short"), family.login());
        assertThat(shortOne.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get("/api/me", family.login()).status()).isEqualTo(200);
        assertThat(api.put("/api/me/password", Map.of("currentPassword", ApiTest.ADMIN_PASSWORD, "newPassword",
                NEW_PASSWORD), ADMIN).status()).as("staff have no guardian password").isEqualTo(403);
        assertThat(api.put("/api/me/password", Map.of("currentPassword", FAMILY_PASSWORD, "newPassword", NEW_PASSWORD),
                null).status()).isEqualTo(401);
    }

    @Test
    void changing_the_password_ends_the_other_sessions_but_not_this_one() {
        Family family = enrol("Sessions");
        SessionClient here = new SessionClient(port);
        SessionClient elsewhere = new SessionClient(port);
        here.login(family.login().username(), FAMILY_PASSWORD);
        elsewhere.login(family.login().username(), FAMILY_PASSWORD);
        Response changed = here.send("PUT", "/api/me/password",
                Map.of("currentPassword", FAMILY_PASSWORD, "newPassword", NEW_PASSWORD), true);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(here.get("/api/me").status()).isEqualTo(200);
        assertThat(elsewhere.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void a_reset_code_works_once_and_only_for_its_guardian() {
        Family family = enrol("Reset");
        String guardianId = api.get("/api/me", family.login()).json().get("guardianId").asString();
        Response issued = api.post(resetPath(family.id(), guardianId), Map.of(), ADMIN);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String code = issued.json().get("resetCode").asString();
        assertThat(Instant.parse(issued.json().get("expiresAt").asString())).isAfter(Instant.now());
        assertThat(jdbc.queryForObject("select count(*) from password_reset_code where guardian_id = ?::uuid"
                + " and code_digest = ?", Integer.class, guardianId, sha256(code))).as("only a digest is kept").isEqualTo(1);
        Family other = enrol("Other");
        assertThat(reset(other.login().username(), code).json().get("code").asString())
                .as("another login's code").isEqualTo("RESET_CODE_INVALID");
        assertThat(reset(family.login().username(), code).status()).isEqualTo(204);
        assertThat(api.get("/api/me", family.login()).status()).isEqualTo(401);
        assertThat(api.get("/api/me", new Credentials(family.login().username(), NEW_PASSWORD)).status()).isEqualTo(200);
        Response again = reset(family.login().username(), code);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("code").asString()).isEqualTo("RESET_CODE_INVALID");
    }

    @Test
    void an_expired_or_replaced_code_does_not_work() {
        Family family = enrol("Expired");
        String guardianId = api.get("/api/me", family.login()).json().get("guardianId").asString();
        String first = api.post(resetPath(family.id(), guardianId), Map.of(), ADMIN).json().get("resetCode").asString();
        String second = api.post(resetPath(family.id(), guardianId), Map.of(), ADMIN).json().get("resetCode").asString();
        assertThat(reset(family.login().username(), first).status()).as("replaced").isEqualTo(400);
        jdbc.update("update password_reset_code set expires_at = now() - interval '1 second' where guardian_id = ?::uuid",
                guardianId);
        assertThat(reset(family.login().username(), second).status()).as("expired").isEqualTo(400);
        assertThat(api.get("/api/me", family.login()).status()).isEqualTo(200);
    }

    @Test
    void only_a_coordinator_issues_codes_and_only_for_a_guardian_of_that_family() {
        Family family = enrol("Issuer");
        Family other = enrol("Stranger");
        String guardianId = api.get("/api/me", family.login()).json().get("guardianId").asString();
        assertThat(api.post(resetPath(family.id(), guardianId), Map.of(), family.login()).status()).isEqualTo(403);
        assertThat(api.post(resetPath(other.id(), guardianId), Map.of(), other.login()).status()).isEqualTo(403);
        Response elsewhere = api.post(resetPath(other.id(), guardianId), Map.of(), ADMIN);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.json().get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(api.post(resetPath(family.id(), UUID.randomUUID().toString()), Map.of(), ADMIN).status()).isEqualTo(404);
        assertThat(api.post(resetPath(family.id(), guardianId), Map.of(), null).status()).isEqualTo(401);
    }

    private Response reset(String email, String code) {
        return api.post("/api/password-reset", Map.of("email", email, "resetCode", code, "newPassword", NEW_PASSWORD), null);
    }

    private static String resetPath(UUID familyId, String guardianId) {
        return "/api/families/" + familyId + "/guardians/" + guardianId + "/password-reset";
    }

    private static byte[] sha256(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
