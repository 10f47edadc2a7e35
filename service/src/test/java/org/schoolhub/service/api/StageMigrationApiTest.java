package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A stage migration from planning to the rollback during its watch, over HTTP, on a database of
 * its own (the community's stage touches no other test).
 */
@TestPropertySource(properties = "spring.datasource.url=")
class StageMigrationApiTest extends ApiTest {

    private static final String BASE = "/api/community/migrations";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_migration_goes_ahead_only_when_its_checklist_holds_and_is_rolled_back_during_its_watch() {
        List<Family> families = List.of(enrol("Mig A"), enrol("Mig B"), enrol("Mig C"), enrol("Mig D"), enrol("Mig E"));
        for (int i = 0; i < families.size(); i++) {
            transfer(families.get(i), families.get((i + 1) % families.size()), 10 + i);
        }
        record("criticalBugs", 0);
        record("teamOverloaded", 0);
        families.forEach(family -> feedback(family, 2));

        String id = plan(1);
        JsonNode planned = eventuallyGet(id);
        assertThat(planned.get("status").asString()).isEqualTo("PLANNED");
        assertThat(planned.get("watch").isNull()).isTrue();
        for (String item : List.of("announcedWithNotice", "backupVerified", "rehearsedThreeTimes", "rollbackRehearsed",
                "stagingIdentical", "monitoringReinforced", "teamAvailable24h")) {
            assertThat(item(planned, item).get("done").asBoolean()).as(item).isFalse();
        }
        assertThat(item(planned, "weekendWindow").get("done").asBoolean()).isTrue();
        assertThat(api.post(BASE, planBody(1), ADMIN).json().get("code").asString()).isEqualTo("MIGRATION_IN_PROGRESS");

        record("criticalBugs", 2);
        record("monthlyCostCents", 5000);
        record("budgetCents", 4000);
        JsonNode signals = get(id).get("stopSignals");
        assertThat(signal(signals, "criticalBugs").get("active").asBoolean()).isTrue();
        assertThat(signal(signals, "criticalBugs").get("detail").asString()).contains("2 critical bugs");
        assertThat(signal(signals, "budgetExceeded").get("active").asBoolean()).isTrue();
        assertThat(signal(signals, "budgetExceeded").get("detail").asString()).contains("5000", "4000");
        assertThat(signal(signals, "teamOverloaded").get("active").asBoolean()).isFalse();
        assertThat(signal(signals, "usersDissatisfied").get("active").asBoolean()).isTrue();
        assertThat(signal(signals, "usersDissatisfied").get("detail").asString()).startsWith("0.0 % satisfied (5 answers");
        for (int round = 0; round < 3; round++) {
            families.forEach(family -> feedback(family, 5));
        }
        eventually(() -> assertThat(api.get("/api/feedback/summary", ADMIN).json().get("satisfiedPercent").asDouble())
                .isEqualTo(75.0));
        assertThat(signal(get(id).get("stopSignals"), "usersDissatisfied").get("active").asBoolean()).isFalse();
        record("criticalBugs", 0);
        record("monthlyCostCents", 3000);
        signals = get(id).get("stopSignals");
        assertThat(signal(signals, "criticalBugs").get("active").asBoolean()).isFalse();
        assertThat(signal(signals, "budgetExceeded").get("active").asBoolean()).isFalse();

        Response refused = execute(id, Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("CHECKLIST_INCOMPLETE");
        assertThat(refused.json().get("detail").asString()).contains("backupVerified", "teamAvailable24h");

        Response automatic = api.post(BASE + "/" + id + "/checklist/backupVerified", Map.of("done", true), ADMIN);
        assertThat(automatic.status()).isEqualTo(409);
        for (String item : List.of("stagingIdentical", "monitoringReinforced", "teamAvailable24h")) {
            Response ticked = api.post(BASE + "/" + id + "/checklist/" + item, Map.of("done", true, "note", "checked"), ADMIN);
            assertThat(ticked.status()).as(ticked.toString()).isEqualTo(200);
        }
        rehearse(id, true);
        rehearse(id, false);
        rehearse(id, true);
        eventually(() -> assertThat(item(get(id), "rehearsedThreeTimes").get("detail").asString())
                .startsWith("2 successful"));
        assertThat(item(get(id), "rehearsedThreeTimes").get("done").asBoolean()).isFalse();
        rehearse(id, true);

        Response announced = api.post(BASE + "/" + id + "/announcement", Map.of(), ADMIN);
        assertThat(announced.status()).as(announced.toString()).isEqualTo(200);
        assertThat(announced.json().get("texts").get("fr").asString())
                .startsWith("📢 SchoolHub Stage 1 arrive !").contains("Vos données : préservées à 100 %",
                        "Annuaire : trouver une famille", "ecole@example.org", "30 minutes");
        assertThat(announced.json().get("texts").get("nl").asString()).startsWith("📢 SchoolHub Stage 1 komt eraan!");
        assertThat(announced.json().get("texts").get("en").asString()).startsWith("📢 SchoolHub Stage 1 is coming!");

        String snapshot = api.post("/api/admin/snapshots", Map.of("label", "backup before stage 1"), ADMIN)
                .json().get("snapshotId").asString();
        eventually(() -> assertThat(item(get(id), "backupVerified").get("done").asBoolean()).isTrue());
        assertThat(item(get(id), "rollbackRehearsed").get("done").asBoolean()).isFalse();
        assertThat(api.post("/api/admin/rollback", Map.of("snapshotId", snapshot, "dryRun", true), ADMIN).status())
                .isEqualTo(200);
        for (int i = 0; i < 100; i++) {
            api.get("/api/me", ADMIN);
        }
        eventually(() -> {
            JsonNode now = get(id);
            for (JsonNode item : now.get("checklist")) {
                assertThat(item.get("done").asBoolean()).as(item.toString()).isTrue();
            }
        });
        JsonNode ticked = item(get(id), "teamAvailable24h");
        assertThat(ticked.get("doneBy").isNull()).isFalse();
        assertThat(ticked.get("doneAt").isNull()).isFalse();

        record("teamOverloaded", 1);
        Response stopped = execute(id, Map.of());
        assertThat(stopped.status()).isEqualTo(409);
        assertThat(stopped.json().get("code").asString()).isEqualTo("STOP_SIGNAL");
        assertThat(stopped.json().get("detail").asString()).contains("teamOverloaded");
        record("teamOverloaded", 0);

        Response executed = execute(id, Map.of());
        assertThat(executed.status()).as(executed.toString()).isEqualTo(200);
        String preMigration = executed.json().get("snapshotId").asString();
        eventually(() -> assertThat(stage()).isEqualTo(1));
        eventually(() -> assertThat(get(id).get("watch").isNull()).isFalse());
        Map<String, Long> before = snapshotBalances(preMigration);

        transfer(families.get(0), families.get(2), 40);
        transfer(families.get(3), families.get(1), 15);
        Response rolledBack = api.post(BASE + "/" + id + "/rollback", Map.of("reason", "families report errors"), ADMIN);
        assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(200);
        assertThat(rolledBack.json().get("balancesMatchSnapshot").asBoolean()).isTrue();
        eventually(() -> assertThat(stage()).isZero());
        eventually(() -> assertThat(balances()).containsAllEntriesOf(before));
        eventually(() -> assertThat(get(id).get("status").asString()).isEqualTo("ROLLED_BACK"));
        assertThat(api.post(BASE + "/" + id + "/rollback", Map.of("reason", "twice"), ADMIN).status()).isEqualTo(409);

        String second = plan(1);
        eventuallyGet(second);
        Response noReason = execute(second, Map.of("override", true));
        assertThat(noReason.status()).isEqualTo(400);
        Response overridden = execute(second, Map.of("override", true, "reason", "the coordinators accept the risk"));
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        assertThat(overridden.json().get("overridden").asBoolean()).isTrue();
        assertThat(overridden.json().get("openItems").toString()).contains("announcedWithNotice");
        eventually(() -> assertThat(stage()).isEqualTo(1));
        eventually(() -> assertThat(get(second).get("overrideReason").asString())
                .isEqualTo("the coordinators accept the risk"));
    }

    @Test
    void a_plan_is_validated_and_stores_nothing() {
        Map<String, Object> body = planBody(1);
        body.put("contactEmail", "not an address");
        assertThat(api.post(BASE, body, ADMIN).status()).isEqualTo(400);
        body = planBody(1);
        body.put("features", List.of());
        assertThat(api.post(BASE, body, ADMIN).status()).isEqualTo(400);
        assertThat(api.get(BASE + "/" + UUID.randomUUID(), ADMIN).status()).isEqualTo(404);
    }

    private String plan(int toStage) {
        Response planned = api.post(BASE, planBody(toStage), ADMIN);
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        return planned.json().get("migrationId").asString();
    }

    /** A Saturday morning two weeks ahead, in the community's time zone: weekend and notice can hold. */
    private static Map<String, Object> planBody(int toStage) {
        ZoneId zone = ZoneId.of("Europe/Brussels");
        LocalDate saturday = LocalDate.now(zone).plusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("toStage", toStage);
        body.put("scheduledFor", saturday.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant().toString());
        body.put("downtimeMinutes", 30);
        body.put("contactEmail", "ecole@example.org");
        body.put("features", List.of(Map.of("name", "Annuaire", "benefit", "trouver une famille")));
        return body;
    }

    private Response execute(String id, Map<String, Object> body) {
        return api.post(BASE + "/" + id + "/execution", body, ADMIN);
    }

    private void rehearse(String id, boolean succeeded) {
        Response response = api.post(BASE + "/" + id + "/rehearsals",
                Map.of("environment", "staging", "succeeded", succeeded, "notes", "run"), ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private void record(String indicator, double value) {
        assertThat(api.post("/api/metrics/indicators", Map.of("name", indicator, "value", value), ADMIN).status())
                .isEqualTo(201);
        eventually(() -> assertThat(jdbc.queryForObject("select value from metric_indicator where name = ?",
                Double.class, indicator)).isEqualTo(value));
    }

    private void feedback(Family family, int score) {
        Response given = api.post("/api/feedback", Map.of("score", score, "comment", "so far so good"), family.login());
        assertThat(given.status()).as(given.toString()).isEqualTo(201);
    }

    private void transfer(Family from, Family to, long amount) {
        Response booked = api.post("/api/sel/transfers", Map.of("transferId", UUID.randomUUID().toString(),
                "from", from.id().toString(), "to", to.id().toString(), "amount", amount, "memo", "help"), from.login());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    }

    private JsonNode get(String id) {
        Response response = api.get(BASE + "/" + id, ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode eventuallyGet(String id) {
        eventually(() -> assertThat(api.get(BASE + "/" + id, ADMIN).status()).isEqualTo(200));
        return get(id);
    }

    private static JsonNode item(JsonNode migration, String name) {
        for (JsonNode item : migration.get("checklist")) {
            if (item.get("item").asString().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no checklist item " + name + " in " + migration);
    }

    private static JsonNode signal(JsonNode signals, String name) {
        for (JsonNode signal : signals) {
            if (signal.get("signal").asString().equals(name)) {
                return signal;
            }
        }
        throw new AssertionError("no stop signal " + name + " in " + signals);
    }

    private int stage() {
        return api.get("/api/metrics/stage-gates", ADMIN).json().get("currentStage").asInt();
    }

    private Map<String, Long> snapshotBalances(String snapshotId) {
        Map<String, Long> balances = new HashMap<>();
        for (JsonNode account : api.get("/api/admin/snapshots/" + snapshotId, ADMIN).json().get("accounts")) {
            balances.put(account.get("familyId").asString(), account.get("balance").asLong());
        }
        return balances;
    }

    private Map<String, Long> balances() {
        Map<String, Long> balances = new HashMap<>();
        for (JsonNode account : api.get("/api/sel/accounts", ADMIN).json().get("accounts")) {
            balances.put(account.get("familyId").asString(), account.get("balance").asLong());
        }
        return balances;
    }
}
