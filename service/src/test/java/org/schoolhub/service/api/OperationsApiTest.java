package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class OperationsApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rollback_to_a_snapshot_restores_every_balance_and_a_replay_reproduces_them() {
        Family a = enrol("Ops Alpha");
        Family b = enrol("Ops Beta");
        Family c = enrol("Ops Gamma");
        transfer(a, b, 40);
        transfer(b, c, 15);
        Response snapshot = api.post("/api/admin/snapshots", Map.of("label", "before the test activity"), ADMIN);
        assertThat(snapshot.status()).as(snapshot.toString()).isEqualTo(201);
        String snapshotId = snapshot.json().get("snapshotId").asString();
        assertThat(snapshot.json().get("checksum").asString()).hasSize(64);
        Map<String, Long> atSnapshot = balancesOf(snapshot.json().get("accounts"));
        assertThat(atSnapshot).containsEntry(a.id().toString(), -40L).containsEntry(b.id().toString(), 25L)
                .containsEntry(c.id().toString(), 15L);
        assertThat(api.get("/api/admin/snapshots/" + snapshotId, ADMIN).json().get("checksum").asString())
                .isEqualTo(snapshot.json().get("checksum").asString());
        assertThat(api.get("/api/admin/snapshots", ADMIN).body()).contains(snapshotId);

        Family late = enrol("Ops Late");
        List<String> later = new ArrayList<>();
        later.add(transfer(c, a, 10));
        later.add(transfer(b, late, 20));
        later.add(transfer(late, a, 5));
        String reversed = transfer(a, c, 7);
        assertThat(api.post("/api/sel/transfers/" + reversed + "/reversal", Map.of("reason", "mistake"), ADMIN)
                .status()).isEqualTo(201);

        Response plan = rollback(snapshotId, true);
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        assertThat(plan.json().get("dryRun").asBoolean()).isTrue();
        assertThat(texts(plan.json().get("transfersToReverse"))).containsExactly(later.get(2), later.get(1), later.get(0));
        assertThat(balancesOf(plan.json().get("balancesAfter"))).containsEntry(late.id().toString(), 0L)
                .containsAllEntriesOf(atSnapshot);
        assertThat(rollback(snapshotId, true).body()).as("a dry run changes nothing").isEqualTo(plan.body());

        Response done = rollback(snapshotId, false);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("completed").asBoolean()).isTrue();
        assertThat(done.json().get("balancesMatchSnapshot").asBoolean()).as(done.toString()).isTrue();
        eventually(() -> {
            Map<String, Long> now = balancesOf(api.get("/api/sel/accounts", ADMIN).json().get("accounts"));
            assertThat(now).containsAllEntriesOf(atSnapshot).containsEntry(late.id().toString(), 0L);
        });
        assertThat(rollback(snapshotId, true).json().get("transfersToReverse")).as("nothing left to undo").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%SelTransferReversed'"
                + " and convert_from(meta_data, 'UTF8') like ?", Integer.class, "%" + snapshotId + "%"))
                .as("the rollback is history: three reversals, tagged with the snapshot").isEqualTo(3);

        assertConsistent();
        Map<String, Long> before = balancesOf(api.get("/api/sel/accounts", ADMIN).json().get("accounts"));
        String checksumBefore = api.post("/api/admin/snapshots", Map.of("label", "before replay"), ADMIN).json()
                .get("checksum").asString();

        Response started = api.post("/api/admin/replays", Map.of("projection", "all"), ADMIN);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String replayId = started.json().get("replayId").asString();
        Response again = api.post("/api/admin/replays", Map.of("projection", "sel-accounts"), ADMIN);
        Response status = api.get("/api/admin/replays/" + replayId, ADMIN);
        if (!"DONE".equals(status.json().get("status").asString())) {
            assertThat(again.status()).as("the same projection twice at once: " + again).isEqualTo(409);
            assertThat(again.json().get("code").asString()).isEqualTo("REPLAY_IN_PROGRESS");
        }
        assertThat(api.get("/api/sel/accounts/" + a.id(), ADMIN).status()).as("reads keep answering").isIn(200, 404);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            JsonNode replay = api.get("/api/admin/replays/" + replayId, ADMIN).json();
            assertThat(replay.get("status").asString()).as(replay.toString()).isEqualTo("DONE");
            assertThat(replay.get("processed").asLong()).isEqualTo(replay.get("total").asLong()).isPositive();
        });
        if (again.status() == 202) {
            awaitDone(again.json().get("replayId").asString());
        }
        eventually(() -> assertThat(balancesOf(api.get("/api/sel/accounts", ADMIN).json().get("accounts")))
                .isEqualTo(before));
        assertConsistent();
        assertThat(api.post("/api/admin/snapshots", Map.of("label", "after replay"), ADMIN).json().get("checksum")
                .asString()).isEqualTo(checksumBefore);
    }

    @Test
    void a_replay_of_one_projection_rebuilds_it_and_leaves_the_others_alone() {
        Family a = enrol("Scope Alpha");
        Family b = enrol("Scope Beta");
        String transferId = transfer(a, b, 12);
        eventually(() -> assertThat(historyRows(transferId)).isEqualTo(2));
        // damage two read models behind the projections' back
        jdbc.update("delete from sel_entry where transfer_id = ?::uuid and family_id = ?", transferId, a.id());
        jdbc.update("update sel_account set balance = 999 where family_id = ?", b.id());

        awaitDone(replay("sel-accounts"));
        assertThat(api.get("/api/sel/accounts/" + b.id(), ADMIN).json().get("balance").asLong())
                .as("sel-accounts rebuilt").isEqualTo(12);
        assertThat(historyRows(transferId)).as("sel-history sat the replay out").isEqualTo(1);

        awaitDone(replay("sel-history"));
        assertThat(historyRows(transferId)).as("sel-history rebuilt").isEqualTo(2);
        assertConsistent();
    }

    private String replay(String projection) {
        Response started = api.post("/api/admin/replays", Map.of("projection", projection), ADMIN);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.json().get("replayId").asString();
    }

    private int historyRows(String transferId) {
        return jdbc.queryForObject("select count(*) from sel_entry where transfer_id = ?::uuid", Integer.class, transferId);
    }

    @Test
    void unknown_snapshots_foreign_snapshots_and_unknown_projections_are_refused_and_change_nothing() {
        Response unknown = rollback(UUID.randomUUID().toString(), false);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("SNAPSHOT_NOT_FOUND");
        assertThat(api.get("/api/admin/snapshots/" + UUID.randomUUID(), ADMIN).json().get("code").asString())
                .isEqualTo("SNAPSHOT_NOT_FOUND");

        Family a = enrol("Foreign A");
        Family b = enrol("Foreign B");
        String snapshotId = api.post("/api/admin/snapshots", Map.of("label", "foreign"), ADMIN).json()
                .get("snapshotId").asString();
        transfer(a, b, 30);
        jdbc.update("update rollback_snapshot set database_id = ? where snapshot_id = ?", UUID.randomUUID(),
                UUID.fromString(snapshotId));
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        Response foreign = rollback(snapshotId, false);
        assertThat(foreign.status()).isEqualTo(409);
        assertThat(foreign.json().get("code").asString()).isEqualTo("SNAPSHOT_OTHER_DATABASE");
        assertThat(foreign.json().get("detail").asString()).contains(snapshotId);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);

        Response projection = api.post("/api/admin/replays", Map.of("projection", "no-such-projection"), ADMIN);
        assertThat(projection.status()).isEqualTo(400);
        assertThat(projection.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get("/api/admin/replays/" + UUID.randomUUID(), ADMIN).status()).isEqualTo(404);
        assertThat(api.post("/api/admin/snapshots", Map.of("label", "x"), a.login()).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/verify", a.login()).status()).isEqualTo(403);
    }

    @Test
    void the_event_log_lists_events_oldest_first_with_the_acting_user() {
        long after = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        Family a = enrol("Audit A");
        Family b = enrol("Audit B");
        String transferId = transfer(a, b, 12);
        JsonNode log = api.get("/api/admin/events?after=" + after + "&limit=100", ADMIN).json();
        List<Long> positions = new ArrayList<>();
        log.forEach(e -> positions.add(e.get("position").asLong()));
        assertThat(positions).isSorted().allMatch(p -> p > after);
        JsonNode completed = null;
        for (JsonNode event : log) {
            if (event.get("type").asString().equals("SelTransferCompleted")) {
                completed = event;
            }
        }
        assertThat(completed).isNotNull();
        assertThat(completed.get("payload").get("transferId").asString()).isEqualTo(transferId);
        assertThat(completed.get("payload").get("amount").asLong()).isEqualTo(12);
        assertThat(completed.get("actor").asString()).isNotBlank();
        assertThat(completed.get("aggregateId").asString()).isNotBlank();
        assertThat(completed.get("timestamp").asString()).isNotBlank();
        assertThat(api.get("/api/admin/events?after=" + after + "&limit=2", ADMIN).json()).hasSize(2);
        assertThat(api.get("/api/admin/events?limit=0", ADMIN).status()).isEqualTo(400);
    }

    private void assertConsistent() {
        Response verify = api.get("/api/admin/verify", ADMIN);
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().get("consistent").asBoolean()).as(verify.toString()).isTrue();
        assertThat(verify.json().get("eventsChecked").asLong()).isPositive();
        assertThat(verify.json().get("mismatches")).isEmpty();
    }

    private void awaitDone(String replayId) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                !"RUNNING".equals(api.get("/api/admin/replays/" + replayId, ADMIN).json().get("status").asString()));
    }

    private Response rollback(String snapshotId, boolean dryRun) {
        return api.post("/api/admin/rollback", Map.of("snapshotId", snapshotId, "dryRun", dryRun, "reason", "test"),
                ADMIN);
    }

    private String transfer(Family from, Family to, long amount) {
        String transferId = UUID.randomUUID().toString();
        Response response = api.post("/api/sel/transfers", Map.of("transferId", transferId, "from", from.id(),
                "to", to.id(), "amount", amount, "memo", "ops test"), ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return transferId;
    }

    private static Map<String, Long> balancesOf(JsonNode accounts) {
        Map<String, Long> balances = new HashMap<>();
        accounts.forEach(account -> balances.put(account.get("familyId").asString(), account.get("balance").asLong()));
        return balances;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
