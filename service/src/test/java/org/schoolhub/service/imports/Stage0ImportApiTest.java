package org.schoolhub.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The Stage 0 → 1 import end to end. Every test that imports rolls its import back at the end,
 * so the next one finds the ledger as it was (Stage-0 row ids repeat from file to file).
 */
class Stage0ImportApiTest extends ApiTest {

    static final String SQLITE = "application/vnd.sqlite3";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_sample_imports_with_every_row_accounted_for_and_equal_checksums() {
        byte[] file = Stage0Files.sample();
        JsonNode report = importFile(file, false, 201);
        try {
            assertAccountedFor(report, new Stage0Oracle(file, Year.now().getValue()));
            assertThat(report.get("source").get("schemaVersion").asString()).isEqualTo("stage0-1.4");
            assertThat(report.get("tables").get("families").get("read").asInt()).isEqualTo(40);
            assertThat(report.get("snapshotId").isNull()).as("a snapshot of the ledger first").isFalse();
            assertThat(api.get("/api/admin/imports/" + report.get("importId").asString(), ADMIN).json()
                    .get("checksum").get("match").asBoolean()).isTrue();
        } finally {
            rollBack(report);
        }
    }

    @Test
    void a_generated_file_with_every_irregularity_reports_each_problem_code_and_the_counts() {
        byte[] file = Stage0Files.generated();
        Stage0Oracle oracle = new Stage0Oracle(file, Year.now().getValue());
        assertThat(oracle.problems().keySet()).as("the generator made every irregularity").contains(
                "families.DELETED_IN_STAGE0", "families.NO_GUARDIAN", "users.DELETED_IN_STAGE0", "users.DUPLICATE_EMAIL",
                "users.PASSWORD_RESET_REQUIRED", "children.DELETED_IN_STAGE0", "children.ORPHAN_CHILD",
                "children.BIRTH_DATE_UNKNOWN");
        JsonNode report = importFile(file, false, 201);
        try {
            assertAccountedFor(report, oracle);
        } finally {
            rollBack(report);
        }
    }

    @Test
    void a_parent_logs_in_with_the_stage0_password_and_sees_its_family_and_guardians() {
        JsonNode report = importFile(Stage0Files.sample(), false, 201);
        try {
            UUID importId = UUID.fromString(report.get("importId").asString());
            Map<String, Object> parent = jdbc.queryForMap("""
                    select g.email, r.source_id, g.family_id from stage0_import_row r join guardian g on g.guardian_id = r.ledger_id
                     where r.import_id = ? and g.password_hash is not null order by r.source_id limit 1""", importId);
            ApiClient.Credentials login = new ApiClient.Credentials((String) parent.get("email"),
                    "stage0-pw-" + parent.get("source_id"));
            Response me = api.get("/api/me", login);
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            assertThat(me.json().get("familyId").asString()).isEqualTo(parent.get("family_id").toString());
            assertThat(me.json().get("roles").get(0).asString()).isEqualTo("MEMBER");
            eventually(() -> assertThat(api.get("/api/families/" + parent.get("family_id"), login).status()).isEqualTo(200));
            JsonNode family = api.get("/api/families/" + parent.get("family_id"), login).json();
            assertThat(family.get("guardians").findValuesAsString("email")).contains((String) parent.get("email"));

            Map<String, Object> reset = jdbc.queryForMap("""
                    select g.email, r.source_id from stage0_import_row r join guardian g on g.guardian_id = r.ledger_id
                     where r.import_id = ? and g.password_hash is null order by r.source_id limit 1""", importId);
            assertThat(api.get("/api/me", new ApiClient.Credentials((String) reset.get("email"),
                    "stage0-pw-" + reset.get("source_id"))).status()).as("PASSWORD_RESET_REQUIRED").isEqualTo(401);
            Map<String, Object> staff = jdbc.queryForMap("""
                    select a.username, r.source_id from stage0_import_row r join app_user a on a.user_id = r.ledger_id
                     where r.import_id = ? and a.password_hash is not null order by r.source_id limit 1""", importId);
            Response coordinator = api.get("/api/me", new ApiClient.Credentials((String) staff.get("username"),
                    "stage0-pw-" + staff.get("source_id")));
            assertThat(coordinator.status()).isEqualTo(200);
            assertThat(coordinator.json().get("roles").get(0).asString()).isEqualTo("COORDINATOR");
            String payloads = String.join("", jdbc.queryForList("""
                    select convert_from(payload, 'UTF8') from domain_event_entry
                     where convert_from(meta_data, 'UTF8') like ?""", String.class, "%" + importId + "%"));
            assertThat(payloads).contains("familyId").doesNotContain("mail.example").doesNotContain("Rue ")
                    .doesNotContain("+32");
        } finally {
            rollBack(report);
        }
    }

    @Test
    void the_same_file_again_imports_nothing() {
        byte[] file = Stage0Files.sample();
        JsonNode first = importFile(file, false, 201);
        try {
            assertThat(first.get("alreadyImported").asBoolean()).isFalse();
            int families = count("family_personal_data");
            JsonNode again = importFile(file, false, 201);
            assertThat(again.get("alreadyImported").asBoolean()).isTrue();
            for (String table : new String[]{"families", "users", "children"}) {
                JsonNode counts = again.get("tables").get(table);
                assertThat(counts.get("imported").asInt()).as(table).isZero();
                assertThat(counts.get("skipped").asInt()).as(table).isEqualTo(counts.get("read").asInt());
            }
            assertThat(count("family_personal_data")).isEqualTo(families);
            assertThat(api.post("/api/admin/imports/" + again.get("importId").asString() + "/rollback", Map.of(), ADMIN)
                    .status()).as("an import that imported nothing rolls back nothing").isEqualTo(200);
        } finally {
            rollBack(first);
        }
    }

    @Test
    void a_dry_run_reports_the_same_as_the_import_and_changes_nothing() {
        byte[] file = Stage0Files.sample();
        int families = count("family_personal_data");
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        JsonNode dry = importFile(file, true, 200);
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("checksum").get("match").asBoolean()).isTrue();
        assertThat(count("family_personal_data")).isEqualTo(families);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.schemata where schema_name like"
                + " 'stage0_rehearsal_%'", Integer.class)).as("the throwaway schema is dropped").isZero();
        JsonNode real = importFile(file, false, 201);
        try {
            assertThat(real.get("tables")).isEqualTo(dry.get("tables"));
            assertThat(real.get("problems")).isEqualTo(dry.get("problems"));
            assertThat(real.get("checksum").get("source")).isEqualTo(dry.get("checksum").get("source"));
            assertThat(real.get("checksum").get("imported")).isEqualTo(dry.get("checksum").get("imported"));
            assertThat(api.get("/api/admin/imports", ADMIN).json().findValuesAsString("importId"))
                    .contains(dry.get("importId").asString(), real.get("importId").asString());
        } finally {
            rollBack(real);
        }
    }

    @Test
    void a_rollback_withdraws_and_erases_everything_the_import_created() {
        Set<String> activeBefore = activeFamilies();
        JsonNode report = importFile(Stage0Files.sample(), false, 201);
        int imported = report.get("tables").get("families").get("imported").asInt();
        eventually(() -> assertThat(activeFamilies()).hasSize(activeBefore.size() + imported));
        UUID importId = UUID.fromString(report.get("importId").asString());
        String email = jdbc.queryForObject("""
                select g.email from stage0_import_row r join guardian g on g.guardian_id = r.ledger_id
                 where r.import_id = ? and g.password_hash is not null order by r.source_id limit 1""", String.class, importId);
        Long sourceId = jdbc.queryForObject("""
                select r.source_id from stage0_import_row r join guardian g on g.guardian_id = r.ledger_id
                 where g.email = ?""", Long.class, email);
        ApiClient.Credentials login = new ApiClient.Credentials(email, "stage0-pw-" + sourceId);
        assertThat(api.get("/api/me", login).status()).isEqualTo(200);

        Response rolledBack = api.post("/api/admin/imports/" + importId + "/rollback", Map.of(), ADMIN);
        assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(200);
        assertThat(rolledBack.json().get("status").asString()).isEqualTo("ROLLED_BACK");
        assertThat(rolledBack.json().get("familiesWithdrawnAndErased").asInt()).isEqualTo(imported);
        eventually(() -> assertThat(activeFamilies()).isEqualTo(activeBefore));
        assertThat(api.get("/api/me", login).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("""
                select count(*) from stage0_import_row r join family_personal_data f on f.family_id = r.ledger_id
                 where r.import_id = ?""", Integer.class, importId)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from stage0_import_row r join app_user a on a.user_id = r.ledger_id
                 where r.import_id = ?""", Integer.class, importId)).isZero();
        assertThat(api.post("/api/admin/imports/" + importId + "/rollback", Map.of(), ADMIN).status())
                .as("twice").isEqualTo(409);
        assertThat(api.get("/api/admin/imports/" + importId, ADMIN).json().get("status").asString())
                .isEqualTo("ROLLED_BACK");
    }

    @Test
    void only_an_operator_imports_and_an_unknown_import_is_404() {
        Family family = enrol("NoImport");
        assertThat(api.postFile("/api/admin/imports", Stage0Files.sample(), SQLITE, family.login()).status())
                .isEqualTo(403);
        assertThat(api.get("/api/admin/imports/" + UUID.randomUUID(), ADMIN).status()).isEqualTo(404);
        assertThat(api.post("/api/admin/imports/" + UUID.randomUUID() + "/rollback", Map.of(), ADMIN).status())
                .isEqualTo(404);
    }

    private JsonNode importFile(byte[] file, boolean dryRun, int status) {
        Response response = api.postFile("/api/admin/imports?dryRun=" + dryRun, file, SQLITE, ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
    }

    private void rollBack(JsonNode report) {
        Response response = api.post("/api/admin/imports/" + report.get("importId").asString() + "/rollback", Map.of(),
                ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("failures")).isEmpty();
    }

    private static void assertAccountedFor(JsonNode report, Stage0Oracle oracle) {
        for (String table : new String[]{"families", "users", "children"}) {
            JsonNode counts = report.get("tables").get(table);
            assertThat(counts.get("read").asLong()).as(table + " read").isEqualTo(oracle.get(table + ".read"));
            assertThat(counts.get("imported").asLong()).as(table + " imported").isEqualTo(oracle.get(table + ".imported"));
            assertThat(counts.get("read").asInt()).as(table + ": read == imported + skipped")
                    .isEqualTo(counts.get("imported").asInt() + counts.get("skipped").asInt());
        }
        Map<String, Long> problems = new TreeMap<>();
        Map<String, Set<Long>> skippedRows = new TreeMap<>();
        for (JsonNode problem : report.get("problems")) {
            String code = problem.get("code").asString();
            if (!code.equals("NORMALISED")) {
                problems.merge(problem.get("table").asString() + "." + code, 1L, Long::sum);
            }
            if (Set.of("DELETED_IN_STAGE0", "DUPLICATE_EMAIL", "ORPHAN_CHILD").contains(code)) {
                skippedRows.computeIfAbsent(problem.get("table").asString(), t -> new HashSet<>())
                        .add(problem.get("rowId").asLong());
            }
        }
        assertThat(problems).isEqualTo(new TreeMap<>(oracle.problems()));
        for (String table : new String[]{"families", "users", "children"}) {
            assertThat(skippedRows.getOrDefault(table, Set.of())).as("every skipped " + table + " row has its problem")
                    .hasSize(report.get("tables").get(table).get("skipped").asInt());
        }
        assertThat(report.get("checksum").get("match").asBoolean()).as(report.get("checksum").toString()).isTrue();
        assertThat(report.get("source").get("sha256").asString()).hasSize(64);
        assertThat(report.get("source").get("backup").asString()).contains("stage0-backups");
    }

    private Set<String> activeFamilies() {
        Set<String> active = new HashSet<>();
        api.get("/api/families", ADMIN).json().forEach(f -> {
            if (f.get("status").asString().equals("ACTIVE")) {
                active.add(f.get("familyId").asString());
            }
        });
        return active;
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
