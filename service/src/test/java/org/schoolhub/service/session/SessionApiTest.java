package org.schoolhub.service.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

class SessionApiTest extends ApiTest {

    private static final Map<String, Object> CHILD = Map.of("firstName", "Noé", "birthYear", 2018, "className", "P2");

    @LocalServerPort
    int port;

    SessionClient browser;

    @BeforeEach
    void openBrowser() {
        browser = new SessionClient(port);
    }

    @Test
    void a_login_answers_me_with_an_http_only_strict_session_cookie_and_a_readable_xsrf_cookie() {
        Family family = enrol("Session");
        Response login = browser.login(family.login().username(), FAMILY_PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().get("familyId").asString()).isEqualTo(family.id().toString());
        assertThat(login.json().get("roles").get(0).asString()).isEqualTo("MEMBER");
        List<String> setCookies = login.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
                .flatMap(e -> e.getValue().stream()).toList();
        assertThat(setCookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict"));
        assertThat(setCookies).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").doesNotContainIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict"));
        Response me = browser.get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("guardianId").asString()).isEqualTo(login.json().get("guardianId").asString());
    }

    @Test
    void a_state_changing_request_with_the_session_cookie_needs_the_xsrf_header() {
        Family family = enrol("Csrf");
        assertThat(browser.login(family.login().username(), FAMILY_PASSWORD).status()).isEqualTo(200);
        String children = "/api/families/" + family.id() + "/children";
        Response forged = browser.send("POST", children, CHILD, false);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(api.get("/api/families/" + family.id(), ADMIN).json().get("children")).as("nothing stored").hasSize(1);
        Response echoed = browser.send("POST", children, CHILD, true);
        assertThat(echoed.status()).as(echoed.toString()).isEqualTo(201);
        assertThat(api.post(children, CHILD, family.login()).status()).as("HTTP Basic needs no token").isEqualTo(201);
    }

    @Test
    void a_session_acts_only_for_its_own_family() {
        Family family = enrol("Own");
        Family other = enrol("Other");
        browser.login(family.login().username(), FAMILY_PASSWORD);
        assertThat(browser.get("/api/families/" + other.id()).status()).isEqualTo(403);
        assertThat(browser.send("POST", "/api/families/" + other.id() + "/children", CHILD, true).status()).isEqualTo(403);
    }

    @Test
    void logout_ends_the_session_and_needs_the_token_too() {
        Family family = enrol("Logout");
        browser.login(family.login().username(), FAMILY_PASSWORD);
        assertThat(browser.send("DELETE", "/api/session", null, false).status()).as("a forged logout").isEqualTo(403);
        assertThat(browser.get("/api/me").status()).isEqualTo(200);
        assertThat(browser.send("DELETE", "/api/session", null, true).status()).isEqualTo(204);
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
        assertThat(api.delete("/api/session", family.login()).status()).as("Basic: nothing to end").isEqualTo(204);
        assertThat(api.delete("/api/session", null).status()).isEqualTo(401);
    }

    @Test
    void http_basic_never_makes_a_session_nor_sets_a_cookie() {
        Family family = enrol("Basic");
        Response me = api.get("/api/me", family.login());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.header("Set-Cookie")).isNull();
        Response posted = api.post("/api/families/" + family.id() + "/children", CHILD, family.login());
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.header("Set-Cookie")).isNull();
    }

    @Test
    void a_wrong_password_or_a_bad_body_makes_no_session() {
        Family family = enrol("Wrong");
        Response wrong = browser.login(family.login().username(), "not-the-password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("code").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(browser.cookie("JSESSIONID")).isNull();
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
        Response bad = api.post("/api/session", Map.of("email", ""), null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(api.post("/api/session", Map.of("email", family.login().username(), "password", FAMILY_PASSWORD), null)
                .status()).as("declared in the API description").isEqualTo(200);
    }

    @Test
    void a_removed_guardians_session_ends_at_once() {
        Family family = enrol("Removed");
        String email = "second-" + UUID.randomUUID() + "@example.org";
        Response added = api.post("/api/families/" + family.id() + "/guardians",
                Map.of("name", "Second", "email", email, "password", "second-guardian-pw"), ADMIN);
        assertThat(added.status()).isEqualTo(201);
        browser.login(email, "second-guardian-pw");
        assertThat(browser.get("/api/me").status()).isEqualTo(200);
        assertThat(api.delete("/api/families/" + family.id() + "/guardians/" + added.json().get("guardianId").asString(),
                ADMIN).status()).isEqualTo(204);
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
        ApiClient.Credentials first = family.login();
        assertThat(api.get("/api/me", first).status()).isEqualTo(200);
    }
}
