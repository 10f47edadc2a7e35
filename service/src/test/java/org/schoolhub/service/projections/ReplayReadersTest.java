package org.schoolhub.service.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/**
 * A replay builds fresh tables beside the live ones and switches over when it is done: readers
 * never see a family disappear or a balance change under them, and a replay that fails changes
 * nothing they see.
 */
class ReplayReadersTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reads_keep_answering_the_same_during_a_replay_of_every_projection() {
        List<Family> families = families(6);
        Map<String, String> before = reads(families);

        String replayId = startReplay("all");
        List<String> changed = new ArrayList<>();
        int rounds = 0;
        while (status(replayId).equals("RUNNING")) {
            reads(families).forEach((path, body) -> {
                if (!body.equals(before.get(path))) {
                    changed.add(path + " -> " + body);
                }
            });
            rounds++;
        }

        assertThat(status(replayId)).isEqualTo("DONE");
        assertThat(rounds).as("reads were made during the replay").isPositive();
        assertThat(changed).as("reads during the replay").isEmpty();
        assertThat(reads(families)).isEqualTo(before);
        assertThat(replaySchemas()).isEmpty();
    }

    @Test
    void a_replay_that_fails_changes_nothing_readers_see_and_the_live_projections_go_on() {
        List<Family> families = families(3);
        Map<String, String> before = reads(families);
        // a table outside the projections that holds on to the roster: the switch-over cannot drop it
        jdbc.execute("create table if not exists test_holds_roster (family_id uuid references family_roster (family_id))");
        try {
            String replayId = startReplay("family-roster");
            while (status(replayId).equals("RUNNING")) {
                assertThat(reads(families)).isEqualTo(before);
            }

            JsonNode replay = api.get("/api/admin/replays/" + replayId, ADMIN).json();
            assertThat(replay.get("status").asString()).isEqualTo("FAILED");
            assertThat(replay.get("error").asString()).isNotBlank();
            assertThat(reads(families)).isEqualTo(before);
            assertThat(replaySchemas()).isEmpty();
            Family after = enrol("After the failed replay");
            eventually(() -> assertThat(api.get("/api/families/" + after.id(), ADMIN).status()).isEqualTo(200));
        } finally {
            jdbc.execute("drop table test_holds_roster");
        }
    }

    private List<Family> families(int count) {
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            families.add(enrol("Replay reader " + i));
        }
        for (int i = 1; i < count; i++) {
            Response paid = api.post("/api/sel/transfers", Map.of("transferId", UUID.randomUUID().toString(),
                    "from", families.get(0).id().toString(), "to", families.get(i).id().toString(), "amount", 10 + i,
                    "memo", "before the replay"), ADMIN);
            assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        }
        eventually(() -> assertThat(api.get("/api/sel/transfers?familyId=" + families.get(0).id(), ADMIN).json())
                .hasSize(count - 1));
        return families;
    }

    /** What a family and a coordinator read about each family: roster, balance, history. */
    private Map<String, String> reads(List<Family> families) {
        Map<String, String> reads = new LinkedHashMap<>();
        for (Family family : families) {
            for (String path : List.of("/api/families/" + family.id(), "/api/sel/accounts/" + family.id(),
                    "/api/sel/transfers?familyId=" + family.id())) {
                Response response = api.get(path, family.login());
                reads.put(path, response.status() + " " + response.body());
            }
        }
        return reads;
    }

    /** Starts a replay, waiting for one of another test to end first (one replay at a time). */
    private String startReplay(String projection) {
        Response[] started = new Response[1];
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            started[0] = api.post("/api/admin/replays", Map.of("projection", projection), ADMIN);
            return started[0].status() != 409;
        });
        assertThat(started[0].status()).as(started[0].toString()).isEqualTo(202);
        return started[0].json().get("replayId").asString();
    }

    private String status(String replayId) {
        return api.get("/api/admin/replays/" + replayId, ADMIN).json().get("status").asString();
    }

    private List<String> replaySchemas() {
        return jdbc.queryForList("select nspname from pg_namespace where nspname like 'replay\\_%'", String.class);
    }
}
