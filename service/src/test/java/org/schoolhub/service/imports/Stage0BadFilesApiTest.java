package org.schoolhub.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Files that are not Stage-0 databases answer a problem and change nothing. */
class Stage0BadFilesApiTest extends ApiTest {

    private static final int MIB = 1024 * 1024;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_file_that_is_not_a_readable_stage0_database_is_400_and_changes_nothing() throws Exception {
        byte[] sample = Stage0Files.sample();
        byte[] big = Arrays.copyOf(sample, 50 * MIB);
        Arrays.fill(big, sample.length, big.length, (byte) 0x5a);
        List<byte[]> files = List.of(
                "this is a text file, not a database".getBytes(),
                new byte[0],
                Arrays.copyOf(sample, sample.length / 2),
                otherSchema(),
                big);
        List<String> before = state();
        for (byte[] file : files) {
            Response response = api.postFile("/api/admin/imports", file, Stage0ImportApiTest.SQLITE, ADMIN);
            assertThat(response.status()).as(file.length + " bytes: " + response).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("code").asString()).isEqualTo("IMPORT_FILE_INVALID");
            assertThat(response.json().get("detail").asString()).contains("Nothing was changed");
            Response dry = api.postFile("/api/admin/imports?dryRun=true", file, Stage0ImportApiTest.SQLITE, ADMIN);
            assertThat(dry.status()).as("dry run, " + file.length + " bytes").isEqualTo(400);
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void a_file_over_64_mib_is_413_and_another_media_type_415() {
        List<String> before = state();
        Response tooLarge = api.postFile("/api/admin/imports", new byte[64 * MIB + 1], Stage0ImportApiTest.SQLITE, ADMIN);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        Response json = api.postFile("/api/admin/imports", "{}".getBytes(), "application/json", ADMIN);
        assertThat(json.status()).isEqualTo(415);
        assertThat(state()).isEqualTo(before);
    }

    /** An SQLite database, but not Stage 0's. */
    private static byte[] otherSchema() throws Exception {
        Path file = Files.createTempFile("other-schema-", ".sqlite");
        Files.delete(file);
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = sqlite.createStatement()) {
            statement.execute("create table users (id integer primary key, login text)");
            statement.execute("insert into users values (1, 'someone')");
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    /** What an import would change: its own tables, the personal data, the event log. */
    private List<String> state() {
        return List.of(
                "imports " + jdbc.queryForObject("select count(*) from stage0_import", Long.class),
                "families " + jdbc.queryForObject("select count(*) from family_personal_data", Long.class),
                "logins " + jdbc.queryForObject("select count(*) from guardian", Long.class)
                        + "/" + jdbc.queryForObject("select count(*) from app_user", Long.class),
                "events " + jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
    }
}
