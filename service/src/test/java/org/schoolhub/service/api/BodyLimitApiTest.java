package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Bodies are limited to 1 MiB whether or not they carry a Content-Length (issue 12, item 4): a
 * 60 MB chunked transfer by a member once ran the service out of memory. The bodies here are
 * chunked over a plain socket and generated as they are sent.
 */
class BodyLimitApiTest extends ApiTest {

    private static final long MIB = 1024 * 1024;

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
    void a_chunked_body_over_one_mebibyte_is_refused_with_413_and_books_nothing() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        long head = log.head();
        // over the limit by more than a little, yet small enough for the server to read past it to the end
        RawHttp.Answer answer = raw.chunked("POST", "/api/sel/transfers", anne.login(), transferPrefix(anne, bob), 'x',
                MIB * 5 / 2, "Content-Type: application/json");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(log.appendedAfter(head)).isEmpty();
        assertAlive();
    }

    @Test
    void a_chunked_body_of_many_mebibytes_leaves_the_service_running_and_books_nothing() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        long head = log.head();
        RawHttp.Answer answer = raw.chunked("POST", "/api/sel/transfers", anne.login(), transferPrefix(anne, bob), 'x',
                64 * MIB, "Content-Type: application/json");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.bytesWritten()).as("the server stopped reading long before the end").isLessThan(64 * MIB);
        assertThat(log.appendedAfter(head)).isEmpty();
        assertAlive();
    }

    @Test
    void a_chunked_form_body_over_the_limit_is_refused_with_413_too() {
        RawHttp.Answer answer = raw.chunked("POST", "/api/sel/transfers", ADMIN, "memo=", 'x', MIB * 3 / 2,
                "Content-Type: application/x-www-form-urlencoded");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_before_the_body_is_read() {
        RawHttp.Answer answer = raw.head("POST /api/sel/transfers HTTP/1.1", ADMIN, "Content-Type: application/json",
                "Content-Length: " + (2 * MIB));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void a_chunked_body_just_under_the_limit_is_read_whole() {
        Family anne = enrol("Anne");
        Family bob = enrol("Bob");
        String transfer = "{\"transferId\":\"" + UUID.randomUUID() + "\",\"from\":\"" + anne.id() + "\",\"to\":\""
                + bob.id() + "\",\"amount\":3}";
        // JSON allows any amount of white space after the value
        RawHttp.Answer answer = raw.chunked("POST", "/api/sel/transfers", anne.login(), transfer, ' ', MIB - 1024,
                "Content-Type: application/json");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    private static String transferPrefix(Family from, Family to) {
        return "{\"transferId\":\"" + UUID.randomUUID() + "\",\"from\":\"" + from.id() + "\",\"to\":\"" + to.id()
                + "\",\"amount\":5,\"memo\":\"";
    }

    private void assertAlive() {
        // alive, whatever other tests left in the dead-letter queue (the overall health says DEGRADED then)
        Response health = api.get("/actuator/health/liveness", null);
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }
}
