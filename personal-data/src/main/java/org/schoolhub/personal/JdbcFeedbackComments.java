package org.schoolhub.personal;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcFeedbackComments implements FeedbackComments {

    private final JdbcTemplate jdbc;

    JdbcFeedbackComments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void keep(UUID feedbackId, UUID familyId, UUID communityId, String comment) {
        jdbc.update("""
                insert into feedback_comment (feedback_id, family_id, community_id, comment) values (?, ?, ?, ?)
                on conflict (feedback_id) do nothing""", feedbackId, familyId, communityId, comment);
    }

    @Override
    public int countFor(UUID familyId) {
        Integer count = jdbc.queryForObject("select count(*) from feedback_comment where family_id = ?", Integer.class,
                familyId);
        return count == null ? 0 : count;
    }

    void eraseFor(UUID familyId) {
        jdbc.update("delete from feedback_comment where family_id = ?", familyId);
    }
}
