package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.ApiTest;
import org.schoolhub.service.support.RollbackEventLog;
import org.schoolhub.service.support.Verify;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A rollback that cannot finish: the database refuses one of its events (a trigger stands in for
 * the fault). Either it changes nothing, or, cut off after the ledger is back at the snapshot, it
 * is finished by running it again, which books nothing twice.
 */
class RollbackCutOffTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void mendTheDatabase() {
        jdbc.execute("drop trigger if exists refuse_for_test on domain_event_entry");
        jdbc.execute("drop function if exists refuse_for_test()");
    }

    @Test
    void a_rollback_whose_ledger_step_fails_changes_nothing_and_a_re_run_completes_it() {
        RollbackEventLog log = new RollbackEventLog(jdbc);
        Family a = enrol("Cut Alpha");
        Family b = enrol("Cut Beta");
        Family c = enrol("Cut Gamma");
        String snapshotId = snapshot();
        String oldest = transfer(a, b, 40);
        String middle = transfer(b, c, 25);
        String newest = transfer(c, a, 10);
        refuseEvents("new.payload_type = 'org.schoolhub.shared.events.SelTransferReversed'"
                + " and convert_from(new.payload, 'UTF8') like '%" + oldest + "%'");
        long events = log.count();

        Response failed = rollback(snapshotId);

        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        assertThat(failed.json().get("completed").asBoolean()).as(failed.toString()).isFalse();
        assertThat(log.count()).as("nothing was booked: " + failed).isEqualTo(events);

        mendTheDatabase();
        Response done = rollback(snapshotId);
        assertThat(done.json().get("completed").asBoolean()).as(done.toString()).isTrue();
        assertThat(done.json().get("balancesMatchSnapshot").asBoolean()).as(done.toString()).isTrue();
        assertThat(log.reversedFor(snapshotId)).map(UUID::toString).containsExactly(newest, middle, oldest);
        assertConsistent(a, b, c);
    }

    @Test
    void a_rollback_cut_off_after_its_ledger_step_is_finished_by_a_re_run() {
        RollbackEventLog log = new RollbackEventLog(jdbc);
        Family a = enrol("Cut Order Alpha");
        Family b = enrol("Cut Order Beta");
        String order = openOrder();
        setLine(order, a, 2);
        String snapshotId = snapshot();
        String later = transfer(a, b, 30);
        setLine(order, a, 5);
        setLine(order, b, 1);
        refuseEvents("new.payload_type in ('org.schoolhub.shared.events.GroupOrderLinePlaced',"
                + " 'org.schoolhub.shared.events.GroupOrderLineWithdrawn')");

        Response cut = rollback(snapshotId);

        assertThat(cut.status()).as(cut.toString()).isEqualTo(200);
        assertThat(cut.json().get("completed").asBoolean()).as(cut.toString()).isFalse();
        assertThat(cut.json().get("failure").asString()).contains(order);
        assertThat(cut.json().get("balancesMatchSnapshot").asBoolean()).as("the ledger step is done").isTrue();
        List<UUID> reversed = log.reversedFor(snapshotId);
        assertThat(reversed).map(UUID::toString).containsExactly(later);

        mendTheDatabase();
        Response finished = rollback(snapshotId);
        assertThat(finished.json().get("completed").asBoolean()).as(finished.toString()).isTrue();
        assertThat(log.reversedFor(snapshotId)).as("the ledger was not rolled back twice").isEqualTo(reversed);
        assertThat(log.taggedPositions(snapshotId)).as("no SEL event booked again").hasSize(1);
        eventually(() -> {
            JsonNode lines = api.get("/api/group-orders/" + order, ADMIN).json().get("lines");
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).get("familyId").asString()).isEqualTo(a.id().toString());
            assertThat(lines.get(0).get("quantity").asLong()).isEqualTo(2);
        });
        assertThat(rollback(snapshotId).json().get("completed").asBoolean()).as("a third run has nothing to do").isTrue();
        assertThat(log.taggedPositions(snapshotId)).hasSize(1);
        assertConsistent(a, b);
    }

    /** Makes PostgreSQL refuse, at commit, every event the condition (on {@code new}) holds for. */
    private void refuseEvents(String condition) {
        jdbc.execute("""
                create function refuse_for_test() returns trigger language plpgsql as $$
                begin
                  if %s then
                    raise exception 'refused for the test';
                  end if;
                  return new;
                end $$""".formatted(condition));
        jdbc.execute("create trigger refuse_for_test before insert on domain_event_entry"
                + " for each row execute function refuse_for_test()");
    }

    private String snapshot() {
        Response snapshot = api.post("/api/admin/snapshots", Map.of("label", "before the cut"), ADMIN);
        assertThat(snapshot.status()).as(snapshot.toString()).isEqualTo(201);
        return snapshot.json().get("snapshotId").asString();
    }

    private Response rollback(String snapshotId) {
        return api.post("/api/admin/rollback", Map.of("snapshotId", snapshotId, "dryRun", false, "reason", "cut"),
                ADMIN);
    }

    private String transfer(Family from, Family to, long amount) {
        String transferId = UUID.randomUUID().toString();
        Response response = api.post("/api/sel/transfers", Map.of("transferId", transferId, "from", from.id(),
                "to", to.id(), "amount", amount, "memo", "cut test"), ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return transferId;
    }

    private String openOrder() {
        Response response = api.post("/api/group-orders", Map.of("title", "Cut sweaters", "unitPriceCents", 2500,
                "minQuantity", 3, "deadline", Instant.now().plus(Duration.ofDays(2)).toString()), ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("groupOrderId").asString();
    }

    private void setLine(String order, Family family, long quantity) {
        Response response = api.put("/api/group-orders/" + order + "/lines/" + family.id(),
                Map.of("quantity", quantity), ADMIN);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private void assertConsistent(Family... families) {
        Verify.assertConsistent(api, ADMIN, Arrays.stream(families).map(Family::id).toList());
    }
}
