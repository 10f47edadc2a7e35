package org.schoolhub.query.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient;
import org.schoolhub.service.support.ApiTest;
import org.schoolhub.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The gate's p95 over the trailing 24 hours, kept in PostgreSQL: what one instance counted, the
 * next one (after a restart) still reads; it is null below 100 requests and forgets a day later.
 * A database of its own, since every running instance reads every node's rows.
 */
// a context of its own: the slow requests it counts must not reach another test's gate
@TestPropertySource(properties = {"spring.datasource.url=", "schoolhub.migration.notice-days=7"})
class ResponseTimesRestartTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ResponseTimes responseTimes;
    @LocalServerPort
    int port;

    @Test
    void the_p95_of_the_last_24_hours_survives_a_restart_and_needs_100_requests() {
        jdbc.update("delete from api_response_minute");
        MovableClock clock = new MovableClock();
        ResponseTimes before = new ResponseTimes(jdbc, clock);
        for (int i = 0; i < 99; i++) {
            before.record(i < 90 ? 20 : 800, false);
        }
        assertThat(before.since(clock.instant().minus(Duration.ofHours(24))).p95Ms()).as("99 requests").isNull();
        before.record(20, true);
        Double p95 = before.since(clock.instant().minus(Duration.ofHours(24))).p95Ms();
        assertThat(p95).isBetween(750.0, 1000.0);
        before.flush();

        clock.advance(Duration.ofHours(1));
        ResponseTimes restarted = new ResponseTimes(jdbc, clock);
        ResponseTimes.Figures figures = restarted.since(clock.instant().minus(Duration.ofHours(24)));
        assertThat(figures.requests()).isEqualTo(100);
        assertThat(figures.p95Ms()).isEqualTo(p95);
        assertThat(figures.errorRate()).isEqualTo(0.01);

        clock.advance(Duration.ofHours(24));
        assertThat(restarted.since(clock.instant().minus(Duration.ofHours(24))).p95Ms()).as("a day later").isNull();
        jdbc.update("delete from api_response_minute");
    }

    @Test
    void only_api_requests_are_timed() {
        long before = requests();
        for (int i = 0; i < 5; i++) {
            assertThat(new ApiClient(port).get("/actuator/health", null).status()).isEqualTo(200);
        }
        assertThat(requests()).isEqualTo(before);
        api.get("/api/me", ADMIN);
        eventually(() -> assertThat(requests()).isEqualTo(before + 1));
    }

    private long requests() {
        return responseTimes.since(Instant.EPOCH).requests();
    }
}
