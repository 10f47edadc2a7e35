package org.schoolhub.personal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcLogins implements Logins {

    private final JdbcTemplate jdbc;

    JdbcLogins(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FamilyLogin> byLogin(String login) {
        return jdbc.query("select family_id, guardian_id, email_key, password_hash from guardian where email_key = ?",
                (rs, row) -> new FamilyLogin(rs.getObject("family_id", UUID.class), rs.getObject("guardian_id", UUID.class),
                        rs.getString("email_key"), rs.getString("password_hash")),
                JdbcPersonalDataVault.emailKey(login)).stream().findFirst();
    }
}
