package org.schoolhub.service.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** V11 moves each family's login into the guardian table: a family enrolled before it keeps its login. */
class GuardianMigrationTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_family_enrolled_before_guardians_keeps_its_login_as_its_first_guardian() {
        String schema = "v11_test_" + UUID.randomUUID().toString().replace("-", "");
        try {
            Flyway.configure().dataSource(dataSource).schemas(schema).target("10").load().migrate();
            UUID family = UUID.randomUUID();
            jdbc.update("insert into " + schema + ".family_personal_data (family_id, community_id, name, email, email_key,"
                    + " password_hash) values (?, ?, 'Old', 'Old@Example.org', 'old@example.org', '$2a$10$hash')",
                    family, UUID.randomUUID());
            Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();
            Map<String, Object> guardian = jdbc.queryForMap("select * from " + schema + ".guardian");
            assertThat(guardian).containsEntry("guardian_id", family).containsEntry("family_id", family)
                    .containsEntry("name", "Old").containsEntry("email", "Old@Example.org")
                    .containsEntry("email_key", "old@example.org").containsEntry("password_hash", "$2a$10$hash");
            assertThat(jdbc.queryForObject("select email from " + schema + ".family_personal_data", String.class))
                    .isEqualTo("Old@Example.org");
        } finally {
            jdbc.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
