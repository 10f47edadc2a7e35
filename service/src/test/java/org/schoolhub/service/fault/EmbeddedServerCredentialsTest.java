package org.schoolhub.service.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.config.EmbeddedServer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded PostgreSQL lets nobody in without its password (it trusted every account of the
 * machine): connections without it or with a wrong one are refused, the password is kept in a
 * file only its owner can read, the server listens on the loopback only, and a data directory made
 * before this is converted at its next start, its data kept.
 */
class EmbeddedServerCredentialsTest {

    @Test
    void a_new_embedded_server_refuses_connections_without_its_password() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "credentials").toAbsolutePath();
        try (RunningService service = RunningService.start(dataDir)) {
            EmbeddedServer server = service.bean(EmbeddedServer.class);
            assertPasswordOnly(server);
            assertThat(TransferLoad.enrol(service.client(), RunningService.ADMIN, "credentials-anne"))
                    .as("the service works with it").isNotNull();
            try (Connection connection = connect(server, Files.readString(server.passwordFile()).strip());
                 Statement statement = connection.createStatement()) {
                var listen = statement.executeQuery("show listen_addresses");
                listen.next();
                assertThat(listen.getString(1)).isEqualTo("127.0.0.1");
            }
        }
    }

    @Test
    void a_data_directory_made_before_passwords_is_converted_at_its_next_start() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "credentials-old").toAbsolutePath();
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60)).start();
             Connection trusted = old.getPostgresDatabase().getConnection();
             Statement statement = trusted.createStatement()) {
            statement.execute("create schema before_passwords");
            statement.execute("create table before_passwords.kept (note text)");
            statement.execute("insert into before_passwords.kept values ('still here')");
        }
        assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).contains("trust");

        try (RunningService service = RunningService.start(dataDir)) {
            EmbeddedServer server = service.bean(EmbeddedServer.class);
            assertPasswordOnly(server);
            assertThat(service.bean(JdbcTemplate.class).queryForObject("select note from before_passwords.kept", String.class))
                    .isEqualTo("still here");
        }
        assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf")))
                .doesNotContainPattern("(?m)^[^#]*\\btrust\\b").contains("scram-sha-256");
    }

    private static void assertPasswordOnly(EmbeddedServer server) throws Exception {
        Path passwordFile = server.passwordFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        String password = Files.readString(passwordFile).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);

        assertThatThrownBy(() -> connect(server, "")).as("no password").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect(server, "not-the-password")).as("a wrong password")
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        try (Connection connection = connect(server, password)) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    private static Connection connect(EmbeddedServer server, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres",
                "postgres", password);
    }
}
