package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Families' feedback: the score is an event, the comment personal data kept beside the events. */
class FeedbackApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_familys_comment_stays_out_of_the_event_log_and_goes_with_its_personal_data() {
        Family family = enrol("Feedback Family");
        String comment = "Madame Peeters helps us a lot " + family.id();
        Response given = api.post("/api/feedback", Map.of("score", 4, "comment", comment), family.login());
        assertThat(given.status()).as(given.toString()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select count(*) from feedback_comment where family_id = ?", Integer.class,
                family.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%FeedbackGiven'"
                + " and convert_from(payload, 'UTF8') like ?", Integer.class, "%Peeters%")).isZero();
        eventually(() -> assertThat(api.get("/api/feedback/summary", ADMIN).json().get("answers30d").asLong())
                .isPositive());

        assertThat(api.post("/api/families/" + family.id() + "/withdrawal", Map.of(), ADMIN).status()).isEqualTo(200);
        assertThat(api.delete("/api/families/" + family.id() + "/personal-data", ADMIN).status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select count(*) from feedback_comment where family_id = ?", Integer.class,
                family.id())).isZero();
    }

    @Test
    void only_a_family_gives_feedback_and_only_a_score_from_1_to_5() {
        Family family = enrol("Feedback Scores");
        assertThat(api.post("/api/feedback", Map.of("score", 6), family.login()).status()).isEqualTo(400);
        assertThat(api.post("/api/feedback", Map.of("score", 0), family.login()).status()).isEqualTo(400);
        assertThat(api.post("/api/feedback", Map.of("score", 3, "comment", "x".repeat(1001)), family.login()).status())
                .isEqualTo(400);
        assertThat(api.post("/api/feedback", Map.of("score", 3), ADMIN).status()).isEqualTo(403);
        assertThat(api.get("/api/feedback/summary", family.login()).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from feedback_score where family_id = ?", Integer.class,
                family.id())).isZero();
        assertThat(api.post("/api/feedback", Map.of("score", 3), family.login()).status()).isEqualTo(201);
    }
}
