package org.schoolhub.query.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.schoolhub.support.projection.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Families' satisfaction over the trailing 30 days: scores 4 and 5 are satisfied. */
@Component
public class FeedbackSummary {

    static final Duration WINDOW = Duration.ofDays(30);

    private final JdbcTemplate jdbc;

    FeedbackSummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Average and satisfied share are null without answers. */
    public Summary at(Instant now) {
        Map<String, Object> row = jdbc.queryForMap("""
                select count(*) as answers, avg(score) as average, count(*) filter (where score >= 4) as satisfied
                  from feedback_score where given_at > ? and given_at <= ?""",
                Timestamps.of(now.minus(WINDOW)), Timestamps.of(now));
        long answers = ((Number) row.get("answers")).longValue();
        if (answers == 0) {
            return new Summary(0, null, null);
        }
        double average = ((Number) row.get("average")).doubleValue();
        double satisfied = ((Number) row.get("satisfied")).doubleValue() * 100 / answers;
        return new Summary(answers, Math.round(average * 100) / 100.0, Math.round(satisfied * 100) / 100.0);
    }

    /** The answer of GET /api/feedback/summary. */
    public record Summary(long answers30d, Double averageScore, Double satisfiedPercent) {
    }
}
