package org.schoolhub.personal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.schoolhub.shared.values.ChildDetails;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.RejectedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcPersonalDataVault implements PersonalDataVault {

    // "on conflict do nothing" reports a taken e-mail as 0 rows instead of an error that
    // would abort the whole group-commit transaction.
    private static final String INSERT_FAMILY = """
            insert into family_personal_data (family_id, community_id, name, email, email_key, password_hash)
            values (?, ?, ?, ?, ?, ?) on conflict do nothing""";
    private static final String INSERT_CHILD = """
            insert into child_personal_data (child_id, family_id, first_name, birth_year, class_name)
            values (?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final JdbcTransferMemos memos;
    private final JdbcFeedbackComments comments;

    JdbcPersonalDataVault(JdbcTemplate jdbc, JdbcTransferMemos memos, JdbcFeedbackComments comments) {
        this.jdbc = jdbc;
        this.memos = memos;
        this.comments = comments;
    }

    @Override
    public void enrol(UUID familyId, UUID communityId, String name, String email, String passwordHash,
                      List<ChildDetails> children) {
        int inserted = jdbc.update(INSERT_FAMILY, familyId, communityId, name, email, emailKey(email), passwordHash);
        if (inserted == 0) {
            throw new RejectedException(ErrorCode.DUPLICATE_EMAIL);
        }
        children.forEach(child -> addChild(familyId, child));
    }

    @Override
    public void addChild(UUID familyId, ChildDetails child) {
        jdbc.update(INSERT_CHILD, child.childId(), familyId, child.firstName(), child.birthYear(), child.className());
    }

    @Override
    public void removeChild(UUID childId) {
        jdbc.update("delete from child_personal_data where child_id = ?", childId);
    }

    @Override
    public void erase(UUID familyId) {
        jdbc.update("delete from family_personal_data where family_id = ?", familyId);
        memos.eraseFor(familyId);
        comments.eraseFor(familyId);
    }

    static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
