package org.schoolhub.personal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcMigrationContacts implements MigrationContacts {

    private final JdbcTemplate jdbc;

    JdbcMigrationContacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void keep(UUID migrationId, UUID communityId, String email) {
        jdbc.update("""
                insert into migration_contact (migration_id, community_id, email) values (?, ?, ?)
                on conflict (migration_id) do update set email = excluded.email""", migrationId, communityId, email);
    }

    @Override
    public Optional<String> of(UUID migrationId) {
        return jdbc.queryForList("select email from migration_contact where migration_id = ?", String.class, migrationId)
                .stream().findFirst();
    }
}
