package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.schoolhub.service.support.EventLog;
import org.schoolhub.service.support.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 400, 406 and 413 where 500, 415 or Tomcat's HTML page were answered (issue 12, item 10):
 * every refusal is problem+json, including those the servlet container makes before the
 * application sees the request.
 */
class ProtocolErrorsApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private RawHttp raw;
    private EventLog log;

    @BeforeEach
    void clients() {
        raw = new RawHttp(port);
        log = new EventLog(api, jdbc);
    }

    @Test
    void an_encoded_slash_or_nul_in_a_path_is_a_problem_json_400() {
        for (String path : List.of("/api/families/%2f", "/api/families/%2F/children", "/api/families/a%00b",
                "/api/families/..%2f..%2fetc", "/api/families/%5c")) {
            RawHttp.Answer answer = raw.head("GET " + path + " HTTP/1.1", ADMIN);
            assertThat(answer.status()).as(path + " -> " + answer).isEqualTo(400);
            assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
            assertThat(answer.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        }
    }

    @Test
    void a_request_line_the_container_cannot_read_is_a_problem_json_400_too() {
        RawHttp.Answer answer = raw.head("GET /api/families\u0001 HTTP/1.1", ADMIN);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("<html");
    }

    @Test
    void query_parameters_that_are_not_utf_8_or_not_percent_encoded_are_a_400() {
        Family family = enrol("Undecodable");
        for (String query : List.of("familyId=%ED%A0%80", "familyId=" + family.id() + "&limit=%C3%28",
                "familyId=" + family.id() + "&limit=%zz", "familyId=%")) {
            RawHttp.Answer answer = raw.head("GET /api/sel/transfers?" + query + " HTTP/1.1", ADMIN);
            assertThat(answer.status()).as(query + " -> " + answer).isEqualTo(400);
            assertThat(answer.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        }
    }

    @Test
    void an_accept_the_api_cannot_produce_is_406_not_acceptable_in_the_callers_language() {
        JsonNode en = get("/api/families", "application/xml", "en");
        assertThat(en.get("status").asInt()).isEqualTo(406);
        assertThat(en.get("code").asString()).isEqualTo("NOT_ACCEPTABLE");
        JsonNode fr = get("/api/families", "text/html", "fr");
        JsonNode nl = get("/api/families", "application/xml", "nl");
        assertThat(fr.get("code").asString()).isEqualTo("NOT_ACCEPTABLE");
        assertThat(List.of(en.get("title").asString(), fr.get("title").asString(), nl.get("title").asString()))
                .doesNotHaveDuplicates().noneMatch(String::isBlank);
    }

    @Test
    void what_the_api_produces_stays_acceptable() {
        for (String accept : List.of("application/json", "*/*", "application/*", "application/problem+json",
                "text/html, application/json;q=0.5")) {
            assertThat(send(HttpRequest.newBuilder(uri("/api/families")).header("Accept", accept).GET()).statusCode())
                    .as(accept).isEqualTo(200);
        }
    }

    @Test
    void a_write_whose_answer_the_client_cannot_accept_is_refused_before_it_is_carried_out() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        long head = log.head();
        String body = "{\"transferId\":\"" + UUID.randomUUID() + "\",\"from\":\"" + anne.id() + "\",\"to\":\"" + bob.id()
                + "\",\"amount\":5}";
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/sel/transfers"))
                .header("Content-Type", "application/json").header("Accept", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(406);
        assertThat(refused.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(log.appendedAfter(head)).isEmpty();
    }

    @Test
    void an_instant_parameter_outside_1970_to_9999_is_a_400_naming_it() {
        Family family = enrol("Timely");
        for (String at : List.of("0001-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
                "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z")) {
            Response response = api.get("/api/sel/accounts/" + family.id() + "?at=" + at.replace("+", "%2B"), ADMIN);
            assertThat(response.status()).as(at + " -> " + response).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("at");
        }
        // the account exists once the balances projection has seen the enrolment (reads are eventual)
        eventually(() -> assertThat(api.get("/api/sel/accounts/" + family.id() + "?at=" + Instant.now(), ADMIN)
                .status()).isEqualTo(200));
        assertThat(api.get("/api/sel/accounts/" + family.id() + "?at=1970-01-01T00:00:00Z", ADMIN).status())
                .isEqualTo(200);
    }

    @Test
    void an_instant_field_outside_1970_to_9999_is_a_400_naming_it_and_stores_nothing() {
        long head = log.head();
        for (String deadline : List.of("+10000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z")) {
            Response response = api.post("/api/group-orders", Map.of("title", "Far away", "unitPriceCents", 100,
                    "minQuantity", 1, "deadline", deadline), ADMIN);
            assertThat(response.status()).as(deadline + " -> " + response).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("deadline");
        }
        assertThat(log.appendedAfter(head)).isEmpty();
    }

    private JsonNode get(String path, String accept, String language) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", accept)
                .header("Accept-Language", language).GET());
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes());
        try {
            return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + basic)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
