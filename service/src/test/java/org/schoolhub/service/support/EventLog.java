package org.schoolhub.service.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The event log as operators read it ({@code GET /api/admin/events}), for tests that check that
 * a refused request stored nothing. Closings fired by a deadline (of an order some other test
 * opened) happen on their own at any time, so they are left out of what a request appended.
 */
public final class EventLog {

    private static final int PAGE = 1_000;

    private final ApiClient api;
    private final JdbcTemplate jdbc;

    public EventLog(ApiClient api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    /** The position of the newest event. */
    public long head() {
        Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /** Every event after {@code position} that a request wrote (deadline closings left out). */
    public List<JsonNode> appendedAfter(long position) {
        List<JsonNode> appended = new ArrayList<>();
        long after = position;
        while (true) {
            ApiClient.Response page = api.get("/api/admin/events?after=" + after + "&limit=" + PAGE, ApiTest.ADMIN);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            JsonNode events = page.json();
            for (JsonNode event : events) {
                after = event.get("position").asLong();
                JsonNode atDeadline = event.path("payload").path("atDeadline");
                if (!atDeadline.asBoolean(false)) {
                    appended.add(event);
                }
            }
            if (events.size() < PAGE) {
                return appended;
            }
        }
    }
}
