package org.schoolhub.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.schoolhub.service.support.ApiClient.Response;
import org.schoolhub.service.support.RecordingSnapshots;
import org.schoolhub.service.support.SeededApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Advancing the community's stage over HTTP, on a seeded community of its own. */
class StageAdvanceApiTest extends SeededApiTest {

    @Autowired
    RecordingSnapshots.Recorder snapshots;
    @Autowired
    JdbcTemplate jdbc;

    private int currentStage() {
        return api.get("/api/metrics/stage-gates", ADMIN).json().get("currentStage").asInt();
    }

    private Response advance(Map<String, Object> body) {
        return api.post("/api/community/stage", body, ADMIN, "fr");
    }

    @Test
    void only_the_next_stage_only_when_the_gate_is_met_or_overridden_with_a_reason_and_after_a_snapshot() {
        // three critical bugs: the first gate cannot be met, whatever else the seeded history shows
        assertThat(api.post("/api/metrics/indicators", Map.of("name", "criticalBugs", "value", 3), ADMIN).status())
                .isEqualTo(201);
        eventually(() -> assertThat(api.get("/api/metrics/stage-gates", ADMIN).json().get("metrics")
                .get("criticalBugs").asInt()).isEqualTo(3));
        assertThat(currentStage()).isZero();

        Response skipping = advance(Map.of("stage", 2));
        assertThat(skipping.status()).as(skipping.toString()).isEqualTo(409);
        assertThat(skipping.json().get("code").asString()).isEqualTo("CONFLICT");

        Response notMet = advance(Map.of("stage", 1));
        assertThat(notMet.status()).isEqualTo(409);
        assertThat(notMet.json().get("code").asString()).isEqualTo("GATE_NOT_MET");
        assertThat(notMet.json().get("title").asString()).isEqualTo("Critères d'étape non remplis");

        Response noReason = advance(Map.of("stage", 1, "override", true, "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(snapshots.calls()).as("a refused advance takes no snapshot").isEmpty();
        assertThat(stageEvents()).isZero();

        Response overridden = advance(Map.of("stage", 1, "override", true, "reason", "the bugs are fixed in the next release"));
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        assertThat(overridden.json().get("stage").asInt()).isEqualTo(1);
        assertThat(overridden.json().get("overridden").asBoolean()).isTrue();
        assertThat(snapshots.calls()).hasSize(1);
        RecordingSnapshots.Call snapshot = snapshots.calls().get(0);
        assertThat(overridden.json().get("snapshotId").asString()).isEqualTo(snapshot.snapshotId().toString());
        assertThat(snapshot.label()).isEqualTo("before stage 1");
        Long stageEventPosition = jdbc.queryForObject(
                "select global_index from domain_event_entry where payload_type like '%CommunityStageAdvanced'", Long.class);
        assertThat(stageEventPosition).as("the snapshot was taken before the stage event")
                .isGreaterThan(snapshot.eventLogHead());
        eventually(() -> assertThat(currentStage()).isEqualTo(1));

        Response again = advance(Map.of("stage", 1, "override", true, "reason", "twice"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("CONFLICT");

        // twelve families can never make the 25 active families of the next gate
        Response next = advance(Map.of("stage", 2));
        assertThat(next.json().get("code").asString()).isEqualTo("GATE_NOT_MET");
        assertThat(snapshots.calls()).hasSize(1);
        assertThat(stageEvents()).isEqualTo(1);
    }

    @Test
    void a_stage_request_is_validated() {
        assertThat(advance(Map.of()).status()).isEqualTo(400);
        assertThat(advance(Map.of("stage", 9)).status()).isEqualTo(400);
        assertThat(api.postRaw("/api/community/stage", "{\"stage\":\"one\"}", ADMIN).status()).isEqualTo(400);
    }

    @Test
    void the_seeded_history_spreads_over_the_last_months() {
        eventually(() -> {
            var months = api.get("/api/metrics/monthly?months=12", ADMIN).json();
            long monthsWithTransfers = 0;
            for (var month : months) {
                monthsWithTransfers += month.get("selTransfers").asLong() > 0 ? 1 : 0;
            }
            assertThat(monthsWithTransfers).as(months.toString()).isGreaterThanOrEqualTo(3);
            assertThat(jdbc.queryForObject("select count(*) from family_roster", Long.class)).isEqualTo(12);
        });
    }

    private long stageEvents() {
        Long count = jdbc.queryForObject(
                "select count(*) from domain_event_entry where payload_type like '%CommunityStageAdvanced'", Long.class);
        return count == null ? 0 : count;
    }
}
